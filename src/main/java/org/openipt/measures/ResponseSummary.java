package org.openipt.measures;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of a course's list of responses; the total and band are absent for an incomplete response. */
public record ResponseSummary(ResponseId id, String instrumentId, String instrumentTitle, @Nullable Integer total,
        @Nullable String bandLabel, boolean complete, boolean risk, boolean byClient, Instant administeredAt) {
}
