package org.openipt.measures;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire the client may fill in now: the schedule wants it (or they started it while it did).
 *
 * @param started whether answers of theirs are already kept for it
 */
public record SelfReportDue(String instrumentId, String title, @Nullable LocalDate dueOn, boolean overdue,
        boolean started) {
}
