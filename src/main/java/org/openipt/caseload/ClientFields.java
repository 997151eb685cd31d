package org.openipt.caseload;

import org.jspecify.annotations.Nullable;

/** What a clinician enters about a client. */
public record ClientFields(String displayName, @Nullable Integer birthYear, @Nullable String email,
        @Nullable String preferredLanguage, @Nullable String externalRecordNumber) {
}
