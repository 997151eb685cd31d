package org.openipt.termination;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.GoalId;

/** The rules of the end of a course, as plain Java; problems are message keys. */
public final class TerminationRules {

    /** The version a review or plan has before it is first saved. */
    public static final long UNSAVED_VERSION = -1;

    /** The format a maintenance course is started with. */
    public static final String MAINTENANCE_FORMAT = "MAINTENANCE_IPT";

    private TerminationRules() {
    }

    /** A course may complete once its review is recorded with a decision. */
    public static boolean reviewed(ReviewEntry review) {
        return review.decision() != null;
    }

    /** Every goal reviewed must be one of the course's goals. */
    public static List<String> reviewProblems(ReviewEntry review, Set<GoalId> goalsOfCourse) {
        List<String> problems = new ArrayList<>();
        if (!goalsOfCourse.containsAll(review.goalOutcomes().keySet())) {
            problems.add("termination.goal.unknown");
        }
        return problems;
    }

    /** A maintenance course starts only after the decision for maintenance, and only once. */
    public static List<String> maintenanceProblems(@Nullable TerminationDecision decision, boolean alreadyStarted) {
        List<String> problems = new ArrayList<>();
        if (decision != TerminationDecision.MAINTENANCE) {
            problems.add("termination.maintenance.notDecided");
        }
        if (alreadyStarted) {
            problems.add("termination.maintenance.alreadyStarted");
        }
        return problems;
    }
}
