package org.openipt.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** "8 of 8 sessions attended", with the days of the first and the last session attended (null if none). */
public record SessionsAttended(int attended, int contracted, @Nullable LocalDate first, @Nullable LocalDate last) {
}
