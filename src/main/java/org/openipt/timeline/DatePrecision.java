package org.openipt.timeline;

/** How precisely a date on the timeline is known: to the day, to the month or only to the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
