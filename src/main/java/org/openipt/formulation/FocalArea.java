package org.openipt.formulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A focal problem area of a course and the detail of its area (for a role dispute, with its stage history). */
public record FocalArea(FocalAreaId id, FocalAreaDetail detail, long version) {

    public ProblemArea area() {
        return detail.area();
    }

    /** A role dispute's stages, oldest first; empty for the other areas. */
    public List<StageChange> stageHistory() {
        return detail instanceof DisputeDetail dispute ? dispute.stageHistory() : List.of();
    }

    public @Nullable DisputeStage currentStage() {
        return detail instanceof DisputeDetail dispute ? dispute.currentStage() : null;
    }
}
