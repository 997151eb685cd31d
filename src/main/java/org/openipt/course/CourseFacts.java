package org.openipt.course;

import java.util.List;
import java.util.UUID;

/** What a {@link PhaseRequirement} may look at when it decides whether a course meets it. */
public record CourseFacts(CourseId courseId, UUID clientId, UUID organisationId, Phase phase,
        TreatmentContract contract, int sessionsHeld, List<PhaseEntered> phaseHistory) {

    public CourseFacts {
        phaseHistory = List.copyOf(phaseHistory);
    }
}
