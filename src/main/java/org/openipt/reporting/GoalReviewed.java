package org.openipt.reporting;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.GoalStatus;
import org.openipt.termination.GoalOutcome;

/** A goal as the discharge summary lists it: its words, its status, and the outcome the termination review gave. */
public record GoalReviewed(FocalAreaId focalAreaId, String description, GoalStatus status,
        @Nullable GoalOutcome outcome) {
}
