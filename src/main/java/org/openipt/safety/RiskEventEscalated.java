package org.openipt.safety;

import java.time.Instant;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.identity.OrganisationId;

/**
 * A risk event stayed unacknowledged past {@code openipt.safety.acknowledge-within} and was marked escalated.
 * Published once per event, by the node whose conditional update won; for a notification module to tell the
 * supervisor. Carries no clinical text.
 */
public record RiskEventEscalated(OrganisationId organisationId, ClientId clientId, CourseId courseId,
        RiskEventId riskEventId, Instant openedAt, Instant escalatedAt) {
}
