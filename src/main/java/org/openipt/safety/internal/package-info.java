@NullMarked
package org.openipt.safety.internal;

import org.jspecify.annotations.NullMarked;
