/** Clients, their clinician, and the one policy that says who may see or change a client. */
@NullMarked
package org.openipt.caseload;

import org.jspecify.annotations.NullMarked;
