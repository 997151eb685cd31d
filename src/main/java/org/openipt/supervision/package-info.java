/**
 * Supervision: the supervisor's dashboard over every client and group member of their team (risk first, phase,
 * "session k of N", latest score and change, overdue measures, sessions since the case was last discussed, each
 * counsellor's latest fidelity), composed from the other modules' bulk reads in a fixed number of statements;
 * supervision sessions with the cases discussed and follow-ups; fidelity ratings; review and sign-off of records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
@NullMarked
package org.openipt.supervision;

import org.jspecify.annotations.NullMarked;
