
@NullMarked
package org.openipt.audit.internal;

import org.jspecify.annotations.NullMarked;
