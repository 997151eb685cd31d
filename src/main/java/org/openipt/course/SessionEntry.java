package org.openipt.course;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a clinician records about a session. The time is local to the organisation; "since we last met" is the
 * interval history of mood and events; the mood rating runs from 0 (worst) to 10 (best).
 */
public record SessionEntry(LocalDateTime when, SessionMode mode, Attendance attendance,
        @Nullable String intervalHistory, @Nullable Integer moodRating, @Nullable String notes) {

    public static final int LOWEST_MOOD = 0;
    public static final int HIGHEST_MOOD = 10;
}
