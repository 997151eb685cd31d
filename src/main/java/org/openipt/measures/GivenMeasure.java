package org.openipt.measures;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A complete response already given in the course: its instrument, its day and the session it was linked to. */
public record GivenMeasure(String instrumentId, LocalDate day, @Nullable UUID sessionId) {
}
