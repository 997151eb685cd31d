@NullMarked
package org.openipt;

import org.jspecify.annotations.NullMarked;
