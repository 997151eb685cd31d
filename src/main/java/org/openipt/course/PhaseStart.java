package org.openipt.course;

import java.time.LocalDate;

/** The day a course began a phase: the day of the move, or of the first session for the initial phase. */
public record PhaseStart(Phase phase, LocalDate on) {
}
