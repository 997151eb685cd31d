package org.openipt.protocol;

import java.time.Period;

/** How often sessions take place. */
public enum Cadence {
    WEEKLY(Period.ofWeeks(1)), FORTNIGHTLY(Period.ofWeeks(2)), MONTHLY(Period.ofMonths(1));

    private final Period interval;

    Cadence(Period interval) {
        this.interval = interval;
    }

    public Period interval() {
        return interval;
    }
}
