package org.openipt.formulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.formulation.internal.FormulationStore;
import org.openipt.formulation.internal.FormulationStore.Versioned;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case formulation of a course: one or two focal problem areas with their details (a role dispute's stage
 * kept as a history), the formulation in plain words with the client's acceptance, and the goals of each area
 * with their status and ratings. Access goes through the course; every read and write is audited on the course.
 */
@Service
@Transactional
public class FormulationService {

    static final String FORMULATION = "FORMULATION";

    private final FormulationStore store;
    private final CourseService courses;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    FormulationService(FormulationStore store, CourseService courses, CaseloadService caseload, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.courses = courses;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    public FormulationRecord formulation(CurrentUser user, CourseId id) {
        CourseSummary course = courses.visibleCourse(user, id);
        Versioned<FormulationEntry> stored = store.formulation(id.value());
        audit.record(user, course.clientId().value(), AuditAction.READ, FORMULATION, id.value(),
                AuditEntry.detail("history.formulationRead"));
        return new FormulationRecord(course, stored.value(), stored.version(), store.focalAreas(id.value()),
                store.goals(id.value()), caseload.mayChange(user, course.clientId()));
    }

    public FocalArea focalArea(CurrentUser user, CourseId id, FocalAreaId focalArea) {
        CourseSummary course = courses.visibleCourse(user, id);
        FocalArea area = store.focalArea(id.value(), focalArea.value());
        audit.record(user, course.clientId().value(), AuditAction.READ, FORMULATION, id.value(),
                AuditEntry.detail("history.focalAreaRead"));
        return area;
    }

    public Goal goal(CurrentUser user, CourseId id, GoalId goal) {
        CourseSummary course = courses.visibleCourse(user, id);
        Goal found = store.goal(id.value(), goal.value());
        audit.record(user, course.clientId().value(), AuditAction.READ, FORMULATION, id.value(),
                AuditEntry.detail("history.goalRead"));
        return found;
    }

    /** Saves the formulation text and, when the client accepted it, when and how. */
    public void record(CurrentUser clinician, CourseId id, FormulationEntry entry, long version) {
        CourseSummary course = changeable(clinician, id);
        RuleViolation.throwIfAny(FormulationRules.formulationProblems(entry, today(clinician)));
        boolean wasAccepted = FormulationRules.accepted(store.formulation(id.value()).value());
        store.saveFormulation(AssessmentService.owner(clinician, course), entry, version, clock.instant());
        boolean accepted = FormulationRules.accepted(entry);
        write(clinician, course, AuditEntry.detail(accepted && !wasAccepted ? "history.formulationAccepted"
                : "history.formulationRecorded"));
    }

    public FocalAreaId addFocalArea(CurrentUser clinician, CourseId id, FocalAreaEntry entry) {
        CourseSummary course = changeable(clinician, id);
        List<ProblemArea> others = store.focalAreas(id.value()).stream().map(FocalArea::area).toList();
        List<String> problems = new ArrayList<>(FormulationRules.focalAreaProblems(others, entry.area()));
        LocalDate stageOn = stageOn(clinician, entry);
        if (entry.area() == ProblemArea.ROLE_DISPUTE) {
            problems.addAll(FormulationRules.stageProblems(List.of(), entry.stage(), stageOn, today(clinician)));
        }
        RuleViolation.throwIfAny(problems);
        List<StageChange> history = entry.area() == ProblemArea.ROLE_DISPUTE
                ? FormulationRules.stageHistoryAfter(List.of(), entry.stage(), stageOn) : List.of();
        FocalAreaId area = new FocalAreaId(store.addFocalArea(AssessmentService.owner(clinician, course), entry,
                history, clock.instant()));
        write(clinician, course, AuditEntry.detail("history.focalAreaAdded"));
        return area;
    }

    /** Changes a focal area's detail; a new stage of a role dispute is added to its history with its day. */
    public void changeFocalArea(CurrentUser clinician, CourseId id, FocalAreaId focalArea, FocalAreaEntry entry,
            long version) {
        CourseSummary course = changeable(clinician, id);
        List<ProblemArea> others = store.focalAreas(id.value()).stream()
                .filter(area -> !area.id().equals(focalArea)).map(FocalArea::area).toList();
        List<StageChange> stored = store.storedStageHistory(id.value(), focalArea.value());
        List<String> problems = new ArrayList<>(FormulationRules.focalAreaProblems(others, entry.area()));
        LocalDate stageOn = stageOn(clinician, entry);
        if (entry.area() == ProblemArea.ROLE_DISPUTE) {
            problems.addAll(FormulationRules.stageProblems(stored, entry.stage(), stageOn, today(clinician)));
        }
        RuleViolation.throwIfAny(problems);
        List<StageChange> history = entry.area() == ProblemArea.ROLE_DISPUTE
                ? FormulationRules.stageHistoryAfter(stored, entry.stage(), stageOn) : stored;
        store.changeFocalArea(id.value(), focalArea.value(), entry, history, version);
        write(clinician, course, AuditEntry.detail("history.focalAreaChanged"));
        if (history.size() > stored.size()) {
            write(clinician, course, AuditEntry.detail("history.disputeStageChanged"));
        }
    }

    /** Removes a focal area that has no goals (a goal always belongs to an area). */
    public void removeFocalArea(CurrentUser clinician, CourseId id, FocalAreaId focalArea, long version) {
        CourseSummary course = changeable(clinician, id);
        store.focalArea(id.value(), focalArea.value());
        if (store.goalsOfFocalArea(focalArea.value()) > 0) {
            throw new RuleViolation("focalArea.hasGoals");
        }
        store.removeFocalArea(id.value(), focalArea.value(), version);
        write(clinician, course, AuditEntry.detail("history.focalAreaRemoved"));
    }

    public GoalId addGoal(CurrentUser clinician, CourseId id, FocalAreaId focalArea, String description) {
        CourseSummary course = changeable(clinician, id);
        requireDescription(description);
        GoalId goal = new GoalId(store.addGoal(AssessmentService.owner(clinician, course), focalArea.value(),
                description, clock.instant()));
        write(clinician, course, AuditEntry.detail("history.goalAdded"));
        return goal;
    }

    /** Reviews a goal: its wording, its status (see {@link FormulationRules#goalStatusProblem}) and a rating. */
    public void reviewGoal(CurrentUser clinician, CourseId id, GoalId goal, String description, GoalStatus status,
            @Nullable Integer rating, @Nullable LocalDate on, long version) {
        CourseSummary course = changeable(clinician, id);
        requireDescription(description);
        Goal current = store.goal(id.value(), goal.value());
        LocalDate day = on == null ? today(clinician) : on;
        RuleViolation.throwIfAny(FormulationRules.goalReviewProblems(current.status(), status, rating, day,
                today(clinician)));
        store.reviewGoal(id.value(), goal.value(), description, status, rating, day, version);
        write(clinician, course, AuditEntry.detail(current.status() == status ? "history.goalReviewed"
                : "history.goalStatus." + status));
    }

    private static void requireDescription(String description) {
        if (description.isBlank()) {
            throw new RuleViolation("goal.description.required");
        }
    }

    private CourseSummary changeable(CurrentUser clinician, CourseId id) {
        CourseSummary course = courses.changeableCourse(clinician, id);
        if (!course.phase().isOpen()) {
            throw new RuleViolation("formulation.courseClosed");
        }
        return course;
    }

    private void write(CurrentUser user, CourseSummary course, String detail) {
        audit.record(user, course.clientId().value(), AuditAction.UPDATE, FORMULATION, course.id().value(), detail);
    }

    private LocalDate stageOn(CurrentUser user, FocalAreaEntry entry) {
        return entry.stageOn() == null ? today(user) : entry.stageOn();
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
