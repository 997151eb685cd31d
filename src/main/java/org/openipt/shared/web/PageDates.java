package org.openipt.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * The one way pages and documents write dates and times, as {@code ${dates.day(…)}}, {@code ${dates.minute(…)}},
 * {@code ${dates.second(…)}} and {@code ${dates.time(…)}}: instants in the reader's time zone, and the ISO 8601 order
 * (2026-12-06, 14:05) in every language, because a clinical record read in English and in Spanish must not leave a
 * day and a month to be guessed. Nothing (null) is written as nothing.
 */
public final class PageDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    public PageDates(ZoneId zone) {
        this.zone = zone;
    }

    /** The day of a date, a date and time, or an instant (in the reader's zone). */
    public String day(@Nullable Object value) {
        return format(value, DAY);
    }

    /** Day, hour and minute. */
    public String minute(@Nullable Object value) {
        return format(value, MINUTE);
    }

    /** Day, hour, minute and second (the audit trail). */
    public String second(@Nullable Object value) {
        return format(value, SECOND);
    }

    /** Hour and minute only. */
    public String time(@Nullable Object value) {
        return format(value, TIME);
    }

    private String format(@Nullable Object value, DateTimeFormatter format) {
        return switch (value) {
            case null -> "";
            case Instant instant -> format.format(instant.atZone(zone));
            case ZonedDateTime zoned -> format.format(zoned.withZoneSameInstant(zone));
            case LocalDate date -> format.format(date);
            case TemporalAccessor other -> format.format(other);
            default -> throw new IllegalArgumentException("not a date or time: " + value.getClass().getSimpleName());
        };
    }
}
