package org.openipt.measures;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stored response of one instrument, as the outcome rules and the trajectory chart see it.
 *
 * @param date the day it was taken
 * @param session the number of the course session it was taken in, absent when taken outside a session
 * @param total the total, absent for an incomplete response (never used for outcomes, never plotted with a total)
 */
public record MeasurePoint(LocalDate date, @Nullable Integer session, @Nullable Integer total) {

    public static MeasurePoint of(LocalDate date, @Nullable Integer session, ScoreResult result) {
        return new MeasurePoint(date, session, result.complete() ? result.total() : null);
    }

    public boolean complete() {
        return total != null;
    }

    /** The total of a complete response. */
    public int score() {
        if (total == null) {
            throw new IllegalStateException("an incomplete response has no total");
        }
        return total;
    }
}
