package org.openipt.caseload;

import org.jspecify.annotations.Nullable;

/** One row of the caseload list. */
public record CaseloadEntry(ClientId id, String displayName, @Nullable String externalRecordNumber,
        @Nullable String clinicianName, @Nullable ClientStatus status) {
}
