package org.openipt.termination;

/** How far a goal was reached by the end of the course. */
public enum GoalOutcome {
    ACHIEVED, PARTLY, NOT_ACHIEVED
}
