package org.openipt.caseload;

import java.time.Instant;

import org.openipt.identity.OrganisationId;
import org.openipt.identity.UserId;

/**
 * A clinician outside the care team opened a client's record in an emergency. The notification module tells the
 * responsible clinician and their supervisor; the event carries no client detail and not the reason.
 */
public record EmergencyAccessOpened(OrganisationId organisationId, ClientId clientId, EmergencyAccessId accessId,
        UserId clinicianId, Instant startedAt, Instant expiresAt) {
}
