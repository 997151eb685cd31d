package org.openipt.course;

import java.time.Instant;

import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;

/** A session booked in a running course, for jobs that remind people of it (no clinical content). */
public record UpcomingSession(OrganisationId organisationId, ClientId clientId, CourseId courseId, Instant when,
        SessionMode mode) {
}
