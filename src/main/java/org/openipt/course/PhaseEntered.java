package org.openipt.course;

import java.time.LocalDate;

import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;

/**
 * A course entered a phase on a day: the initial phase with its first attended session, the middle and termination
 * phases and completion by a move, an early ending by an exit. Published in the transaction that made the move;
 * carries no clinical text.
 */
public record PhaseEntered(OrganisationId organisationId, ClientId clientId, CourseId courseId, Phase phase,
        LocalDate on) {
}
