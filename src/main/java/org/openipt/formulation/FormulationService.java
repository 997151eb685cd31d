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
import org.openipt.identity.Role;
import org.openipt.shared.NotFoundException;
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

    /** The formulation as the client answers it in the portal. */
    static final CourseRecordKind CLIENT_RESPONSE = FORMULATION.withClientContributions();

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
                store.goals(id.value()), course.mayChangeClient(), store.clientResponse(id.value()));
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

    /**
     * The client answers the formulation their clinician shared, as it read in version {@code version}: they accept
     * it (the acceptance the initial phase needs, dated today unless the clinician recorded a day) or would like to
     * talk about it. Words changed since they were read are a conflict; a formulation without words is not found.
     */
    public void respondAsClient(CurrentUser client, CourseId id, ClientResponse.Kind kind, long version) {
        if (client.role() != Role.CLIENT) {
            throw new NotFoundException("formulation");
        }
        CourseRecords course = gate.change(client, id, CLIENT_RESPONSE);
        store.respondAsClient(id.value(), kind, version, course.today(), clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail(kind == ClientResponse.Kind.ACCEPTED
                ? "history.formulationAcceptedByClient" : "history.formulationTalkWished"));
    }

    /** Adds a focal area; a role dispute comes with its first stage (one step of its history). */
    public FocalAreaId addFocalArea(CurrentUser clinician, CourseId id, FocalAreaEntry entry) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        List<ProblemArea> others = store.focalAreas(id.value()).stream().map(FocalArea::area).toList();
        List<String> problems = new ArrayList<>(FormulationRules.focalAreaProblems(others, entry.area()));
        problems.addAll(FormulationRules.detailProblems(entry.detail(), course.today()));
        List<StageChange> history = List.of();
        if (entry.detail() instanceof DisputeDetail dispute) {
            StageChange first = dispute.stageHistory().isEmpty() ? null : dispute.stageHistory().getFirst();
            problems.addAll(FormulationRules.stageProblems(List.of(), first == null ? null : first.stage(),
                    first == null ? course.today() : first.on(), course.today()));
            history = first == null ? List.of() : List.of(first);
        }
        RuleViolation.throwIfAny(problems);
        FocalAreaId area = new FocalAreaId(store.addFocalArea(course.owner(), entry, history, clock.instant()));
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.focalAreaAdded"));
        return area;
    }

    /**
     * Changes what a focal area says. A role dispute's stage history stays as it is: its stage changes through
     * {@link #changeDisputeStage}.
     */
    public void changeFocalArea(CurrentUser clinician, CourseId id, FocalAreaId focalArea, FocalAreaEntry entry,
            long version) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        List<ProblemArea> others = store.focalAreas(id.value()).stream()
                .filter(area -> !area.id().equals(focalArea)).map(FocalArea::area).toList();
        List<StageChange> stored = store.storedStageHistory(id.value(), focalArea.value());
        List<String> problems = new ArrayList<>(FormulationRules.focalAreaProblems(others, entry.area()));
        problems.addAll(FormulationRules.detailProblems(entry.detail(), course.today()));
        if (entry.area() == ProblemArea.ROLE_DISPUTE && stored.isEmpty()) {
            problems.add("focalArea.stage.required");
        }
        RuleViolation.throwIfAny(problems);
        store.changeFocalArea(id.value(), focalArea.value(), entry, stored, version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.focalAreaChanged"));
    }

    /**
     * A role dispute moves to another stage (in any direction) from a day: today when none is given, never in the
     * future nor before its last change. The step is added to the dispute's history; nothing else changes.
     */
    public void changeDisputeStage(CurrentUser clinician, CourseId id, FocalAreaId focalArea,
            @Nullable DisputeStage stage, @Nullable LocalDate on, long version) {
        CourseRecords course = gate.change(clinician, id, FORMULATION);
        if (!(store.focalArea(id.value(), focalArea.value()).detail() instanceof DisputeDetail)) {
            throw new RuleViolation("focalArea.stage.notADispute");
        }
        List<StageChange> stored = store.storedStageHistory(id.value(), focalArea.value());
        if (stage != null && !stored.isEmpty() && stored.getLast().stage() == stage) {
            throw new RuleViolation("focalArea.stage.unchanged");
        }
        LocalDate day = on == null ? course.today() : on;
        RuleViolation.throwIfAny(FormulationRules.stageProblems(stored, stage, day, course.today()));
        store.changeStageHistory(id.value(), focalArea.value(),
                FormulationRules.stageHistoryAfter(stored, stage, day), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.disputeStageChanged"));
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
}
