package org.openipt.caseload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.UserId;

/** A client as their clinician sees them. Only the display name is required; it may be a pseudonym. */
public record ClientDetails(ClientId id, String displayName, @Nullable Integer birthYear, @Nullable String email,
        @Nullable String preferredLanguage, @Nullable String externalRecordNumber, @Nullable UserId clinicianId,
        @Nullable String clinicianName, Instant createdAt, long version) {
}
