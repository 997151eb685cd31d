package org.openipt.course;

import java.time.LocalDate;

import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;

/**
 * A course ended — completed, dropped out or referred on ({@code ending}) — on a day. Published in the transaction
 * that ended it, after its {@link PhaseEntered}; carries no clinical text (an early ending's reason stays on the
 * course).
 */
public record CourseEnded(OrganisationId organisationId, ClientId clientId, CourseId courseId, Phase ending,
        LocalDate on) {
}
