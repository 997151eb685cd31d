package org.openipt.caseload;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One row of the caseload list; {@code indicators} are other modules' quiet notes (measures due, for example). */
public record CaseloadEntry(ClientId id, String displayName, @Nullable String externalRecordNumber,
        @Nullable String clinicianName, @Nullable ClientStatus status, List<ClientIndicator> indicators) {

    public CaseloadEntry {
        indicators = List.copyOf(indicators);
    }

    public CaseloadEntry(ClientId id, String displayName, @Nullable String externalRecordNumber,
            @Nullable String clinicianName, @Nullable ClientStatus status) {
        this(id, displayName, externalRecordNumber, clinicianName, status, List.of());
    }
}
