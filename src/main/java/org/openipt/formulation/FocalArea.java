package org.openipt.formulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A focal problem area of a course with the detail of its area and, for a role dispute, its stage history. */
public record FocalArea(FocalAreaId id, ProblemArea area, GriefDetail grief, DisputeDetail dispute,
        List<StageChange> stageHistory, TransitionDetail transition, DeficitsDetail deficits, long version) {

    public FocalArea {
        stageHistory = List.copyOf(stageHistory);
    }

    public @Nullable DisputeStage currentStage() {
        return stageHistory.isEmpty() ? null : stageHistory.getLast().stage();
    }
}
