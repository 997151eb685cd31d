@NullMarked
package org.openipt.inventory.internal;

import org.jspecify.annotations.NullMarked;
