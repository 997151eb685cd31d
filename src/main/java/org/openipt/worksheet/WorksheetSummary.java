package org.openipt.worksheet;

import java.time.Instant;

/** A worksheet as the list shows it. */
public record WorksheetSummary(WorksheetId id, WorksheetType type, String title, Instant createdAt,
        Instant updatedAt) {
}
