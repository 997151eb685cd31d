package org.openipt.termination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.course.CourseService;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.RuleViolation;
import org.openipt.termination.internal.TerminationStore;
import org.openipt.termination.internal.TerminationStore.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a course: the termination review with its decision, the relapse-prevention plan, and a linked
 * maintenance course started in one step. Access goes through the course-record gate; every read and write is audited on it.
 */
@Service
@Transactional
public class TerminationService {

    static final CourseRecordKind TERMINATION = CourseRecordKind.closedWithCourse("TERMINATION",
            "termination.courseClosed");
    /** Starting the maintenance course a completed course's review decided on: a step after the course ended. */
    private static final CourseRecordKind MAINTENANCE = CourseRecordKind.openAfterCourse("TERMINATION");

    private final TerminationStore store;
    private final CourseRecordGate gate;
    private final CourseService courses;
    private final FormulationService formulations;
    private final ProtocolCatalog protocols;
    private final Clock clock;

    TerminationService(TerminationStore store, CourseRecordGate gate, CourseService courses,
            FormulationService formulations, ProtocolCatalog protocols, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.courses = courses;
        this.formulations = formulations;
        this.protocols = protocols;
        this.clock = clock;
    }

    public TerminationRecord termination(CurrentUser user, CourseId id) {
        CourseRecords course = gate.read(user, id, TERMINATION);
        List<Goal> goals = formulations.formulation(user, id).goals();
        Versioned<ReviewEntry> review = store.review(id.value());
        Versioned<RelapsePlan> plan = store.plan(id.value());
        var maintenance = store.maintenanceCourse(id.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.terminationRead"));
        return new TerminationRecord(course.course(), goals, review.value(), review.version(), plan.value(),
                plan.version(), maintenance == null ? null : new CourseId(maintenance), course.mayChangeClient());
    }

    /** The relapse-prevention plan alone ({@link RelapsePlan#NONE} before one is written), as the client reads it. */
    public RelapsePlan relapsePlan(CurrentUser user, CourseId id) {
        CourseRecords course = gate.read(user, id, TERMINATION);
        RelapsePlan plan = store.plan(id.value()).value();
        course.audit(AuditAction.READ, AuditEntry.detail("history.relapsePlanRead"));
        return plan;
    }

    /** Saves the termination review; with a decision the course may complete. */
    public void recordReview(CurrentUser clinician, CourseId id, ReviewEntry entry, long version) {
        CourseRecords course = gate.change(clinician, id, TERMINATION);
        Set<GoalId> goals = formulations.formulation(clinician, id).goals().stream().map(Goal::id)
                .collect(Collectors.toSet());
        RuleViolation.throwIfAny(TerminationRules.reviewProblems(entry, goals));
        store.saveReview(course.owner(), entry, version, clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.terminationReviewRecorded"));
    }

    public void recordPlan(CurrentUser clinician, CourseId id, RelapsePlan plan, long version) {
        CourseRecords course = gate.change(clinician, id, TERMINATION);
        store.savePlan(course.owner(), plan, version, clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.relapsePlanRecorded"));
    }

    /**
     * Starts the maintenance course the review decided on: the same client, the organisation's maintenance format
     * with its default number of sessions, monthly, from {@code startDate}; linked to this course. Only once.
     */
    public CourseId startMaintenance(CurrentUser clinician, CourseId id, LocalDate startDate) {
        CourseRecords course = gate.change(clinician, id, MAINTENANCE);
        RuleViolation.throwIfAny(TerminationRules.maintenanceProblems(store.review(id.value()).value().decision(),
                store.maintenanceCourse(id.value()) != null));
        Protocol maintenance = protocols.protocolByCode(clinician.organisationId(),
                TerminationRules.MAINTENANCE_FORMAT);
        CourseId started = courses.start(clinician, course.clientId(), maintenance.id(),
                new ContractTerms(maintenance.settings().defaultSessions(), Cadence.MONTHLY,
                        maintenance.settings().sessionMinutes(), startDate), id);
        store.linkMaintenanceCourse(id.value(), started.value());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.maintenanceStarted"));
        return started;
    }
}
