package org.openipt.safety;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;

/**
 * The safety plan of a course: the version shown (the current one unless an earlier was asked for, null before
 * the first save), the number of the current version (0 before the first save), the history newest first, the
 * crisis resources for the reader's language and whether the reader may write the plan.
 */
public record SafetyPlanPage(CourseSummary course, @Nullable SafetyPlanVersion shown, int currentNumber,
        List<SafetyPlanVersion> history, List<CrisisResource> crisisResources, boolean changeable) {

    public SafetyPlanPage {
        history = List.copyOf(history);
        crisisResources = List.copyOf(crisisResources);
    }

    public SafetyPlan plan() {
        return shown == null ? SafetyPlan.EMPTY : shown.plan();
    }

    public boolean showingCurrent() {
        return shown == null || shown.number() == currentNumber;
    }
}
