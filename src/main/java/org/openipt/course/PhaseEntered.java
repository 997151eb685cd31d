package org.openipt.course;

import java.time.LocalDate;

/** The day a course entered a phase: the day of the move, or of the first session for the initial phase. */
public record PhaseEntered(Phase phase, LocalDate on) {
}
