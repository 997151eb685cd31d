package org.openipt.worksheet;

import org.jspecify.annotations.Nullable;

/** One option of a decision analysis with what speaks for and against it. */
public record DecisionOption(String option, @Nullable String pros, @Nullable String cons) {
}
