package org.openipt.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The widest range any date in OpenIPT can mean: from 1900 (the oldest birth, onset or life event a living client
 * can have) to the end of 2099 (beyond any booked session, retention or review). Enforced where dates enter, so no
 * date at the far ends of the calendar reaches a rule, a calculation or the database; each field's own rule (a
 * session not before its course, an agreement not in the future) narrows it further.
 */
public final class PlausibleDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private PlausibleDates() {
    }

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean plausible(LocalDateTime moment) {
        return plausible(moment.toLocalDate());
    }
}
