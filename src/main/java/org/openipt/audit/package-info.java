/** The append-only trail of every read and write of clinical data. */
@NullMarked
package org.openipt.audit;

import org.jspecify.annotations.NullMarked;
