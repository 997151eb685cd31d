package org.openipt.safety;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who took a step of a risk event and when; the name is null when the account is gone. */
public record RiskStepRecord(RiskState state, @Nullable String byName, Instant at) {
}
