package org.openipt.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one way pages, pictures, documents and e-mails write dates and times, instants always in the reader's time
 * zone. Pages use {@code ${dates.day(…)}}, {@code ${dates.minute(…)}}, {@code ${dates.second(…)}} and
 * {@code ${dates.time(…)}}: the ISO 8601 order (2026-12-06, 14:05) in every language, because a clinical record read
 * in English and in Spanish must not leave a day and a month to be guessed. Where a date is read as words — a
 * chart's labels read aloud, an e-mail, a letter — the month is named in the reader's language, which is as
 * unambiguous: {@link #inWords}, {@link #inWordsWithTime}, {@link #letter}. Nothing (null) is written as nothing.
 */
public final class PageDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;
    private final DateTimeFormatter inWords;
    private final DateTimeFormatter inWordsWithTime;
    private final DateTimeFormatter letter;

    public PageDates(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.inWords = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.inWordsWithTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        this.letter = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
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

    /** The day with its month named, short (Jan 5, 2026; 5 ene 2026). */
    public String inWords(@Nullable Object value) {
        return format(value, inWords);
    }

    /** The day with its month named, and the hour and minute. */
    public String inWordsWithTime(@Nullable Object value) {
        return format(value, inWordsWithTime);
    }

    /** The day as a letter writes it (January 5, 2026; 5 de enero de 2026). */
    public String letter(@Nullable Object value) {
        return format(value, letter);
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
