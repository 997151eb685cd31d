package org.openipt.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A date that may be known only to the month or the year ("March 2025", "2025"). The stored date is the first day
 * of its period, so that two approximate dates compare by where their period starts.
 */
public record ApproximateDate(LocalDate date, DatePrecision precision) implements Comparable<ApproximateDate> {

    public ApproximateDate {
        Objects.requireNonNull(date);
        Objects.requireNonNull(precision);
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public static ApproximateDate day(LocalDate date) {
        return new ApproximateDate(date, DatePrecision.DAY);
    }

    public static ApproximateDate month(int year, int month) {
        return new ApproximateDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static ApproximateDate year(int year) {
        return new ApproximateDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** Whether the period starts after {@code today}: an approximate date in the current month or year is not. */
    public boolean isAfter(LocalDate today) {
        return date.isAfter(today);
    }

    /** The last day of the period ("March 2025" ends on 31 March). */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** As people write it: "12 Mar 2025", "March 2025" or "2025", in the reader's language. */
    public String display(Locale locale) {
        String pattern = switch (precision) {
            case DAY -> "d MMM yyyy";
            case MONTH -> "LLLL yyyy";
            case YEAR -> "yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }

    @Override
    public int compareTo(ApproximateDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }
}
