package org.openipt.termination;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.CourseSummary;
import org.openipt.formulation.Goal;

/** The termination page: the course, its goals, the review, the relapse-prevention plan and a maintenance course. */
public record TerminationRecord(CourseSummary course, List<Goal> goals, ReviewEntry review, long reviewVersion,
        RelapsePlan plan, long planVersion, @Nullable CourseId maintenanceCourseId, boolean changeable) {

    public TerminationRecord {
        goals = List.copyOf(goals);
    }

    public boolean reviewed() {
        return TerminationRules.reviewed(review);
    }

    public @Nullable GoalOutcome outcomeOf(Goal goal) {
        return review.goalOutcomes().get(goal.id());
    }

    /** Whether the button that starts a maintenance course is shown. */
    public boolean mayStartMaintenance() {
        return changeable && TerminationRules.maintenanceProblems(review.decision(), maintenanceCourseId != null)
                .isEmpty();
    }
}
