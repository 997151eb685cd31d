package org.openipt.portal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.openipt.course.CourseId;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.MeasureResponse;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.ResponseId;
import org.openipt.measures.SelfReportDraft;
import org.openipt.measures.SelfReportService;
import org.openipt.measures.SelfReportStep;
import org.openipt.safety.CrisisResourceService;
import org.openipt.safety.SafetyPlanService;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The questionnaires the client fills in, in their current course (measures keeps the answers and decides what is
 * due); after sending, what they answered and — when an answer was a risk answer — where to turn at once, with their
 * own safety plan.
 */
@Service
public class PortalQuestionnaires {

    private final ClientCourses courses;
    private final SelfReportService selfReports;
    private final MeasuresService measures;
    private final SafetyPlanService safetyPlans;
    private final CrisisResourceService crisisResources;

    PortalQuestionnaires(ClientCourses courses, SelfReportService selfReports,
            MeasuresService measures, SafetyPlanService safetyPlans, CrisisResourceService crisisResources) {
        this.courses = courses;
        this.selfReports = selfReports;
        this.measures = measures;
        this.safetyPlans = safetyPlans;
        this.crisisResources = crisisResources;
    }

    public SelfReportDraft draft(CurrentUser client, String instrumentId) {
        return selfReports.draft(client, currentCourse(client), instrumentId);
    }

    public SelfReportStep answer(CurrentUser client, String instrumentId, int number, @Nullable String answerCode) {
        return selfReports.answer(client, currentCourse(client), instrumentId, number, answerCode);
    }

    public ResponseId send(CurrentUser client, String instrumentId, UUID submissionKey) {
        return selfReports.submit(client, currentCourse(client), instrumentId, submissionKey);
    }

    /** The response the client sent in their current course; with the safety plan and crisis lines after a risk answer. */
    public SentQuestionnaire sent(CurrentUser client, ResponseId id, Locale locale) {
        CourseId course = currentCourse(client);
        MeasureResponse response = measures.response(client, course, id);
        if (!response.score().riskFlagged()) {
            return new SentQuestionnaire(response, null, List.of());
        }
        return new SentQuestionnaire(response, safetyPlans.currentPlan(client, course).orElse(null),
                crisisResources.forReader(client, locale));
    }

    private CourseId currentCourse(CurrentUser client) {
        return courses.current(client).map(CourseSummary::id)
                .orElseThrow(() -> new NotFoundException("course"));
    }
}
