package org.openipt.retention;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a client's record stands for retention, as an administrator sees it (names and days only): when treatment
 * ended, from when the record may be erased, any legal hold, and whether it is erased already.
 */
public record ClientRetention(String name, boolean courseOpen, @Nullable LocalDate treatmentEnded,
        @Nullable Integer retentionYears, @Nullable LocalDate erasableFrom, @Nullable String holdReason,
        @Nullable String holdSetBy, @Nullable Instant holdSetAt, @Nullable LocalDate erasedOn) {

    public boolean held() {
        return holdReason != null;
    }

    public boolean erased() {
        return erasedOn != null;
    }

    /** Erasable today: nothing open, the period over, no hold, not erased yet. */
    public boolean erasableOn(LocalDate today) {
        return !erased() && !held() && !courseOpen && erasableFrom != null && !today.isBefore(erasableFrom);
    }
}
