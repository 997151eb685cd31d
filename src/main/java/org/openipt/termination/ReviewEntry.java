package org.openipt.termination;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.GoalId;

/**
 * The termination review: the outcome of each goal, the outcome of the focal area, the client's own account of what
 * changed, their feelings about ending and the decision on what follows.
 */
public record ReviewEntry(Map<GoalId, GoalOutcome> goalOutcomes, @Nullable String focalAreaOutcome,
        @Nullable String clientAccount, @Nullable String feelingsAboutEnding, @Nullable TerminationDecision decision) {

    public static final ReviewEntry NONE = new ReviewEntry(Map.of(), null, null, null, null);

    public ReviewEntry {
        goalOutcomes = Map.copyOf(goalOutcomes);
    }
}
