package org.openipt.formulation;

/** Where a goal stands. See {@link FormulationRules#goalStatusProblem} for the allowed changes. */
public enum GoalStatus {
    OPEN,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED
}
