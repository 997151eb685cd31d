@NullMarked
package org.openipt.reporting.internal;

import org.jspecify.annotations.NullMarked;
