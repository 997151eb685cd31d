@NullMarked
package org.openipt.termination.internal;

import org.jspecify.annotations.NullMarked;
