
@NullMarked
package org.openipt.caseload.internal;

import org.jspecify.annotations.NullMarked;
