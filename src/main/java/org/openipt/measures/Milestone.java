package org.openipt.measures;

import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * The points of a course at which a measure is taken whatever the session rule (reference §5.11): before
 * treatment, when the initial phase ends, at the end of treatment and at follow-ups counted from the end.
 */
public enum Milestone {
    BASELINE(null), END_OF_INITIAL_PHASE(null), END_OF_TREATMENT(null), FOLLOW_UP_3_MONTHS(Period.ofMonths(3)),
    FOLLOW_UP_6_MONTHS(Period.ofMonths(6));

    private final @Nullable Period afterEnd;

    Milestone(@Nullable Period afterEnd) {
        this.afterEnd = afterEnd;
    }

    /** For a follow-up, how long after the end of treatment it falls; null for the others. */
    public @Nullable Period afterEnd() {
        return afterEnd;
    }
}
