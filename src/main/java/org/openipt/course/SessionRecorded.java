package org.openipt.course;

import java.time.Instant;

import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;

/**
 * A session of a course took place or was missed (recorded with an attendance other than "scheduled"), when it was
 * first recorded so. {@code countsTowardsContract} says whether it is one of the contracted sessions (an attended
 * session with the client). Published in the transaction that records it; carries no clinical text.
 */
public record SessionRecorded(OrganisationId organisationId, ClientId clientId, CourseId courseId,
        SessionId sessionId, Attendance attendance, boolean countsTowardsContract, Instant when) {
}
