package org.openipt.timeline;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day in the client's mood and events diary, as they wrote it: how their mood was (0 is the worst, 10 the best,
 * the scale of a session's mood), what happened and with whom.
 */
public record MoodDiaryEntry(@Nullable LocalDate day, @Nullable Integer rating, @Nullable String whatHappened,
        @Nullable String withWhom) {

    public static final int WHAT_HAPPENED_LENGTH = 2000;
    public static final int WITH_WHOM_LENGTH = 300;
}
