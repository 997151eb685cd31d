package org.openipt.termination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openipt.formulation.GoalId;

class TerminationRulesTests {

    private static final GoalId GOAL = new GoalId(UUID.randomUUID());

    @Test
    void aReviewCountsOnlyWithADecision() {
        assertThat(TerminationRules.reviewed(ReviewEntry.NONE)).isFalse();
        assertThat(TerminationRules.reviewed(new ReviewEntry(Map.of(GOAL, GoalOutcome.ACHIEVED), "Resolved",
                "Better", "Sad", null))).isFalse();
        assertThat(TerminationRules.reviewed(new ReviewEntry(Map.of(), null, null, null, TerminationDecision.END)))
                .isTrue();
    }

    @Test
    void onlyTheCoursesGoalsAreReviewed() {
        ReviewEntry review = new ReviewEntry(Map.of(GOAL, GoalOutcome.PARTLY), null, null, null,
                TerminationDecision.END);
        assertThat(TerminationRules.reviewProblems(review, Set.of(GOAL))).isEmpty();
        assertThat(TerminationRules.reviewProblems(review, Set.of())).containsExactly("termination.goal.unknown");
    }

    @Test
    void maintenanceStartsOnlyAfterTheDecisionAndOnlyOnce() {
        assertThat(TerminationRules.maintenanceProblems(TerminationDecision.MAINTENANCE, false)).isEmpty();
        assertThat(TerminationRules.maintenanceProblems(TerminationDecision.END, false))
                .containsExactly("termination.maintenance.notDecided");
        assertThat(TerminationRules.maintenanceProblems(null, false))
                .containsExactly("termination.maintenance.notDecided");
        assertThat(TerminationRules.maintenanceProblems(TerminationDecision.MAINTENANCE, true))
                .containsExactly("termination.maintenance.alreadyStarted");
    }
}
