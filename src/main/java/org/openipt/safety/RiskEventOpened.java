package org.openipt.safety;

import java.time.Instant;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.identity.OrganisationId;

/**
 * A risk event was opened. Published synchronously inside the transaction that opens it; a notification module
 * (e-mail to the responsible clinician and their supervisor) should listen after commit. Carries no clinical text.
 */
public record RiskEventOpened(OrganisationId organisationId, ClientId clientId, CourseId courseId,
        RiskEventId riskEventId, RiskSource source, Instant openedAt) {
}
