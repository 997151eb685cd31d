package org.openipt.course.internal;

import java.time.LocalDate;

import org.openipt.course.Phase;
import org.springframework.data.relational.core.mapping.Table;

/** One row of a course's phase history; part of the {@link Course} aggregate. */
@Table("course_phase_entered")
record PhaseStartRow(Phase phase, LocalDate enteredOn) {
}
