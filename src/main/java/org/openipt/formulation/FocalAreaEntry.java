package org.openipt.formulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A focal problem area as the clinician describes it. Only the detail of its own area is kept; for a role
 * dispute, {@code stage} (with {@code stageOn}, today when empty) is added to the stage history when it changes.
 */
public record FocalAreaEntry(ProblemArea area, GriefDetail grief, DisputeDetail dispute, @Nullable DisputeStage stage,
        @Nullable LocalDate stageOn, TransitionDetail transition, DeficitsDetail deficits) {
}
