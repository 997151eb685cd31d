package org.openipt.portal;

import java.util.List;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.TerminationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's plans, from the newest course that has each: a maintenance course that follows the acute one has no
 * plan for staying well of its own, and the acute course's stays the client's.
 */
@Service
@Transactional
public class PortalPlansQuery {

    private final ClientCourses courses;
    private final SafetyPlanService safetyPlans;
    private final TerminationService terminations;

    PortalPlansQuery(ClientCourses courses, SafetyPlanService safetyPlans,
            TerminationService terminations) {
        this.courses = courses;
        this.safetyPlans = safetyPlans;
        this.terminations = terminations;
    }

    public PortalPlans plans(CurrentUser client) {
        return plans(client, courses.newestFirst(client));
    }

    /** The client's plans, read by staff for a subject-access export. */
    public PortalPlans plansOf(CurrentUser reader, ClientId client) {
        return plans(reader, courses.newestFirst(reader, client));
    }

    private PortalPlans plans(CurrentUser reader, List<CourseSummary> newestFirst) {
        SafetyPlan safetyPlan = null;
        RelapsePlan stayingWell = null;
        for (CourseSummary course : newestFirst) {
            if (safetyPlan == null) {
                safetyPlan = safetyPlans.currentPlan(reader, course.id()).orElse(null);
            }
            if (stayingWell == null) {
                RelapsePlan plan = terminations.relapsePlan(reader, course.id());
                stayingWell = plan.equals(RelapsePlan.NONE) ? null : plan;
            }
        }
        return new PortalPlans(safetyPlan, stayingWell);
    }
}
