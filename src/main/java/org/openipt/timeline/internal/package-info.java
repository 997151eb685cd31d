@NullMarked
package org.openipt.timeline.internal;

import org.jspecify.annotations.NullMarked;
