package org.openipt.course;

import java.util.List;

import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;

/** What a {@link PhaseRequirement} may look at when it decides whether a course meets it. */
public record CourseFacts(CourseId courseId, ClientId clientId, OrganisationId organisationId, Phase phase,
        TreatmentContract contract, int sessionsHeld, List<PhaseStart> phaseHistory) {

    public CourseFacts {
        phaseHistory = List.copyOf(phaseHistory);
    }
}
