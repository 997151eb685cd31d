package org.openipt.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.openipt.course.CourseId;
import org.openipt.course.SessionRules;
import org.openipt.course.SessionView;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationRules;

/** The plain rules of the discharge summary. */
public final class DischargeSummaryRules {

    private DischargeSummaryRules() {
    }

    /** A discharge summary exists once the termination review recorded its decision. */
    public static boolean ready(ReviewEntry review) {
        return TerminationRules.reviewed(review);
    }

    /** How many sessions were attended out of the contracted number, and the days of the first and the last. */
    public static SessionsAttended attendance(List<SessionView> sessions, int contracted) {
        List<LocalDate> attended = sessions.stream()
                .filter(s -> SessionRules.countsTowardsContract(s.attendance(), s.participants()))
                .map(s -> s.when().toLocalDate()).sorted().toList();
        return new SessionsAttended(attended.size(), contracted, attended.isEmpty() ? null : attended.getFirst(),
                attended.isEmpty() ? null : attended.getLast());
    }

    /** The goals in their order, each with the outcome the review gave it (none if it was not reviewed). */
    public static List<GoalReviewed> goalsReviewed(List<Goal> goals, Map<GoalId, GoalOutcome> outcomes) {
        return goals.stream().map(goal -> new GoalReviewed(goal.focalAreaId(), goal.description(), goal.status(),
                outcomes.get(goal.id()))).toList();
    }

    /**
     * The file name: the start of the course id and the day it was made, nothing that names the client or their
     * health.
     */
    public static String fileName(CourseId course, LocalDate generatedOn) {
        return "discharge-summary-" + course.value().toString().substring(0, 8) + "-" + generatedOn + ".pdf";
    }
}
