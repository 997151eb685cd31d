package org.openipt.formulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A role dispute: with whom, about what, what each side expects, and its stages — the history of where the dispute
 * stood, each stage with the day it began, in order. The stage changes by an explicit step
 * ({@link FormulationService#changeDisputeStage}); saving the dispute's words leaves the history as it is.
 */
public record DisputeDetail(@Nullable String withWhom, @Nullable String issues, @Nullable String clientExpectations,
        @Nullable String otherExpectations, List<StageChange> stageHistory) implements FocalAreaDetail {

    public static final DisputeDetail NONE = new DisputeDetail(null, null, null, null, List.of());

    public DisputeDetail {
        stageHistory = List.copyOf(stageHistory);
    }

    @Override
    public ProblemArea area() {
        return ProblemArea.ROLE_DISPUTE;
    }

    public @Nullable DisputeStage currentStage() {
        return stageHistory.isEmpty() ? null : stageHistory.getLast().stage();
    }

    /** The same dispute with another stage history. */
    public DisputeDetail withStageHistory(List<StageChange> history) {
        return new DisputeDetail(withWhom, issues, clientExpectations, otherExpectations, history);
    }
}
