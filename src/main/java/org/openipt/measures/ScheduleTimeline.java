package org.openipt.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the schedule rules need to know about a course.
 *
 * @param started whether treatment has begun (a referred course has no occasions)
 * @param startDate the contract's start date (the baseline's day while no session has been held)
 * @param sessions the sessions held, in order, numbered from 1
 * @param initialPhaseEnded the day the course moved to the middle phase, null if it has not (yet)
 * @param treatmentEnded the day treatment ended as planned (completed), null while it has not
 * @param exitedOn the day the course ended early (dropped out, referred on), null otherwise
 */
public record ScheduleTimeline(boolean started, LocalDate startDate, List<HeldSession> sessions,
        @Nullable LocalDate initialPhaseEnded, @Nullable LocalDate treatmentEnded, @Nullable LocalDate exitedOn) {

    public ScheduleTimeline {
        sessions = List.copyOf(sessions);
    }

    /** A session held: its number among the sessions held, its id and its day. */
    public record HeldSession(int number, UUID sessionId, LocalDate day) {
    }
}
