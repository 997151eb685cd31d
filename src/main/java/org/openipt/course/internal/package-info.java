
@NullMarked
package org.openipt.course.internal;

import org.jspecify.annotations.NullMarked;
