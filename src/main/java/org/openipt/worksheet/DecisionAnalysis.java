package org.openipt.worksheet;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision analysis of an interpersonal problem: the problem, the options with their pros and cons, the option
 * chosen ({@code chosenOption} is its place in {@code options}), the steps planned and how it turned out.
 */
public record DecisionAnalysis(@Nullable String problem, List<DecisionOption> options, @Nullable Integer chosenOption,
        @Nullable String steps, @Nullable String outcome) implements WorksheetContent {

    public DecisionAnalysis {
        options = List.copyOf(options);
    }

    @Override
    public WorksheetType type() {
        return WorksheetType.DECISION_ANALYSIS;
    }

    public @Nullable DecisionOption chosen() {
        return chosenOption == null || chosenOption < 0 || chosenOption >= options.size() ? null
                : options.get(chosenOption);
    }
}
