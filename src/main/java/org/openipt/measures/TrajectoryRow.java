package org.openipt.measures;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;

/**
 * One row of the table that stands beside a trajectory chart for screen readers, in date order (on the same day:
 * phase, then events, then responses).
 *
 * @param total absent for an incomplete response and for phase and event rows
 * @param bandKey message key of the total's band ({@code outcomes.band.<code>}), absent without a total or band
 * @param phase the phase entered (phase rows) or in force (response rows), absent before the first phase change
 * @param label the event's label (event rows)
 */
public record TrajectoryRow(LocalDate date, Kind kind, @Nullable Integer session, @Nullable Integer total,
        @Nullable String bandKey, @Nullable Phase phase, @Nullable String label) {

    /** What the row says. */
    public enum Kind { RESPONSE, PHASE, EVENT }

    public boolean incomplete() {
        return kind == Kind.RESPONSE && total == null;
    }
}
