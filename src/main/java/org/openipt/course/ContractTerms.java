package org.openipt.course;

import java.time.LocalDate;

import org.openipt.protocol.Cadence;

/** The terms a clinician proposes when starting a course or changing its contract before the middle phase. */
public record ContractTerms(int sessions, Cadence cadence, int sessionMinutes, LocalDate startDate) {
}
