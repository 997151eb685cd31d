package org.openipt.worksheet;

import java.time.Instant;

/** A worksheet as the list shows it; {@code byClient} when the client wrote it themself. */
public record WorksheetSummary(WorksheetId id, WorksheetType type, String title, boolean byClient,
        Instant createdAt, Instant updatedAt) {
}
