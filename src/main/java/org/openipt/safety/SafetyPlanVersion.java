package org.openipt.safety;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One saved version of a safety plan: its number (1 for the first), the plan, who saved it and when. */
public record SafetyPlanVersion(int number, SafetyPlan plan, @Nullable String savedByName, Instant savedAt) {
}
