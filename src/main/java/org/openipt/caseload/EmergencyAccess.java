package org.openipt.caseload;

import java.time.Instant;

import org.openipt.identity.UserId;

/**
 * A clinician outside the care team opened the client's record in an emergency, with a written reason, until
 * {@code expiresAt}. The reason stays here; the audit rows written under it carry its id.
 */
public record EmergencyAccess(EmergencyAccessId id, ClientId clientId, UserId clinicianId, String reason,
        Instant startedAt, Instant expiresAt) {

    /** The request attribute that holds the emergency access a page of the record was opened under. */
    public static final String REQUEST_ATTRIBUTE = EmergencyAccess.class.getName();

    public boolean validAt(Instant now) {
        return !now.isBefore(startedAt) && now.isBefore(expiresAt);
    }
}
