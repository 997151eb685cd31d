package org.openipt.formulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.formulation.internal.FormulationStore;
import org.openipt.formulation.internal.FormulationStore.Versioned;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case formulation of a course: one or two focal problem areas with their details (a role dispute's stage
 * kept as a history), the formulation in plain words with the client's acceptance, and the goals of each area
 * with their status and ratings. Access goes through the course-record gate; every read and write is audited on the course.
 */
@Service
@Transactional
public class FormulationService {

    static final CourseRecordKind FORMULATION = CourseRecordKind.closedWithCourse("FORMULATION",
            "formulation.courseClosed");

    private final FormulationStore store;
    private final CourseRecordGate gate;
    private final Clock clock;

    FormulationService(FormulationStore store, CourseRecordGate gate, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    public FormulationRecord formulation(CurrentUser user, CourseId id) {
        CourseRecords course = gate.read(user, id, FORMULATION);
        Versioned<FormulationEntry> stored = store.formulation(id.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.formulationRead"));
        return new FormulationRecord(course.course(), stored.value(), stored.version(), store.focalAreas(id.value()),
                store.goals(id.value()), course.mayChangeClient());
    }

    public FocalArea focalArea(CurrentUser user, CourseId id, FocalAreaId focalArea) {
        CourseRecords course = gate.read(user, id, FORMULATION);
        FocalArea area = store.focalArea(id.value(), focalArea.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.focalAreaRead"));
        return area;
    }

    public Goal goal(CurrentUser user, CourseId id, GoalId goal) {
        CourseRecords course = gate.read(user, id, FORMULATION);
        Goal found = store.goal(id.value(), goal.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.goalRead"));
        return found;
    }

    /** Saves the formulation text and, when the client accepted it, when and how. */
    public void record(CurrentUser clinician, CourseId id, FormulationEntry entry, long version) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        RuleViolation.throwIfAny(FormulationRules.formulationProblems(entry, course.today()));
        boolean wasAccepted = FormulationRules.accepted(store.formulation(id.value()).value());
        store.saveFormulation(course.owner(), entry, version, clock.instant());
        boolean accepted = FormulationRules.accepted(entry);
        course.audit(AuditAction.UPDATE, AuditEntry.detail(accepted && !wasAccepted ? "history.formulationAccepted"
                : "history.formulationRecorded"));
    }

    public FocalAreaId addFocalArea(CurrentUser clinician, CourseId id, FocalAreaEntry entry) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        List<ProblemArea> others = store.focalAreas(id.value()).stream().map(FocalArea::area).toList();
        List<String> problems = new ArrayList<>(FormulationRules.focalAreaProblems(others, entry.area()));
        LocalDate stageOn = stageOn(course, entry);
        if (entry.area() == ProblemArea.ROLE_DISPUTE) {
            problems.addAll(FormulationRules.stageProblems(List.of(), entry.stage(), stageOn, course.today()));
        }
        RuleViolation.throwIfAny(problems);
        List<StageChange> history = entry.area() == ProblemArea.ROLE_DISPUTE
                ? FormulationRules.stageHistoryAfter(List.of(), entry.stage(), stageOn) : List.of();
        FocalAreaId area = new FocalAreaId(store.addFocalArea(course.owner(), entry,
                history, clock.instant()));
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.focalAreaAdded"));
        return area;
    }

    /** Changes a focal area's detail; a new stage of a role dispute is added to its history with its day. */
    public void changeFocalArea(CurrentUser clinician, CourseId id, FocalAreaId focalArea, FocalAreaEntry entry,
            long version) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        List<ProblemArea> others = store.focalAreas(id.value()).stream()
                .filter(area -> !area.id().equals(focalArea)).map(FocalArea::area).toList();
        List<StageChange> stored = store.storedStageHistory(id.value(), focalArea.value());
        List<String> problems = new ArrayList<>(FormulationRules.focalAreaProblems(others, entry.area()));
        LocalDate stageOn = stageOn(course, entry);
        if (entry.area() == ProblemArea.ROLE_DISPUTE) {
            problems.addAll(FormulationRules.stageProblems(stored, entry.stage(), stageOn, course.today()));
        }
        RuleViolation.throwIfAny(problems);
        List<StageChange> history = entry.area() == ProblemArea.ROLE_DISPUTE
                ? FormulationRules.stageHistoryAfter(stored, entry.stage(), stageOn) : stored;
        store.changeFocalArea(id.value(), focalArea.value(), entry, history, version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.focalAreaChanged"));
        if (history.size() > stored.size()) {
            course.audit(AuditAction.UPDATE, AuditEntry.detail("history.disputeStageChanged"));
        }
    }

    /** Removes a focal area that has no goals (a goal always belongs to an area). */
    public void removeFocalArea(CurrentUser clinician, CourseId id, FocalAreaId focalArea, long version) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        store.focalArea(id.value(), focalArea.value());
        if (store.goalsOfFocalArea(focalArea.value()) > 0) {
            throw new RuleViolation("focalArea.hasGoals");
        }
        store.removeFocalArea(id.value(), focalArea.value(), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.focalAreaRemoved"));
    }

    public GoalId addGoal(CurrentUser clinician, CourseId id, FocalAreaId focalArea, String description) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        requireDescription(description);
        GoalId goal = new GoalId(store.addGoal(course.owner(), focalArea.value(),
                description, clock.instant()));
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.goalAdded"));
        return goal;
    }

    /** Reviews a goal: its wording, its status (see {@link FormulationRules#goalStatusProblem}) and a rating. */
    public void reviewGoal(CurrentUser clinician, CourseId id, GoalId goal, String description, GoalStatus status,
            @Nullable Integer rating, @Nullable LocalDate on, long version) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        requireDescription(description);
        Goal current = store.goal(id.value(), goal.value());
        LocalDate day = on == null ? course.today() : on;
        RuleViolation.throwIfAny(FormulationRules.goalReviewProblems(current.status(), status, rating, day,
                course.today()));
        store.reviewGoal(id.value(), goal.value(), description, status, rating, day, version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail(current.status() == status ? "history.goalReviewed"
                : "history.goalStatus." + status));
    }

    private static void requireDescription(String description) {
        if (description.isBlank()) {
            throw new RuleViolation("goal.description.required");
        }
    }

    private static LocalDate stageOn(CourseRecords course, FocalAreaEntry entry) {
        return entry.stageOn() == null ? course.today() : entry.stageOn();
    }
}
