@NullMarked
package org.openipt.retention.internal;

import org.jspecify.annotations.NullMarked;
