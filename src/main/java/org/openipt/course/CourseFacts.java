package org.openipt.course;

import java.util.UUID;

/** What a {@link PhaseRequirement} may look at when it decides whether a course meets it. */
public record CourseFacts(CourseId courseId, UUID clientId, UUID organisationId, Phase phase,
        TreatmentContract contract, int sessionsHeld) {
}
