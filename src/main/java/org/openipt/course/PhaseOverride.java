package org.openipt.course;

import java.time.LocalDate;

/** A move a clinician made although its checklist was not complete, with their written reason. */
public record PhaseOverride(Phase to, String reason, LocalDate on) {
}
