/** The small kernel every module may use: not-found and rule errors, the clock, paging. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.openipt.shared;

import org.jspecify.annotations.NullMarked;
