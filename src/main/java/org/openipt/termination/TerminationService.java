package org.openipt.termination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.RuleViolation;
import org.openipt.termination.internal.TerminationStore;
import org.openipt.termination.internal.TerminationStore.Owner;
import org.openipt.termination.internal.TerminationStore.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a course: the termination review with its decision, the relapse-prevention plan, and a linked
 * maintenance course started in one step. Access goes through the course; every read and write is audited on it.
 */
@Service
@Transactional
public class TerminationService {

    static final String TERMINATION = "TERMINATION";

    private final TerminationStore store;
    private final CourseService courses;
    private final FormulationService formulations;
    private final ProtocolCatalog protocols;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    TerminationService(TerminationStore store, CourseService courses, FormulationService formulations,
            ProtocolCatalog protocols, CaseloadService caseload, AuditTrail audit, Clock clock) {
        this.store = store;
        this.courses = courses;
        this.formulations = formulations;
        this.protocols = protocols;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    public TerminationRecord termination(CurrentUser user, CourseId id) {
        CourseSummary course = courses.visibleCourse(user, id);
        List<Goal> goals = formulations.formulation(user, id).goals();
        Versioned<ReviewEntry> review = store.review(id.value());
        Versioned<RelapsePlan> plan = store.plan(id.value());
        var maintenance = store.maintenanceCourse(id.value());
        audit.record(user, course.clientId().value(), AuditAction.READ, TERMINATION, id.value(),
                AuditEntry.detail("history.terminationRead"));
        return new TerminationRecord(course, goals, review.value(), review.version(), plan.value(), plan.version(),
                maintenance == null ? null : new CourseId(maintenance), caseload.mayChange(user, course.clientId()));
    }

    /** Saves the termination review; with a decision the course may complete. */
    public void recordReview(CurrentUser clinician, CourseId id, ReviewEntry entry, long version) {
        CourseSummary course = changeable(clinician, id);
        Set<GoalId> goals = formulations.formulation(clinician, id).goals().stream().map(Goal::id)
                .collect(Collectors.toSet());
        RuleViolation.throwIfAny(TerminationRules.reviewProblems(entry, goals));
        store.saveReview(owner(clinician, course), entry, version, clock.instant());
        write(clinician, course, AuditEntry.detail("history.terminationReviewRecorded"));
    }

    public void recordPlan(CurrentUser clinician, CourseId id, RelapsePlan plan, long version) {
        CourseSummary course = changeable(clinician, id);
        store.savePlan(owner(clinician, course), plan, version, clock.instant());
        write(clinician, course, AuditEntry.detail("history.relapsePlanRecorded"));
    }

    /**
     * Starts the maintenance course the review decided on: the same client, the organisation's maintenance format
     * with its default number of sessions, monthly, from {@code startDate}; linked to this course. Only once.
     */
    public CourseId startMaintenance(CurrentUser clinician, CourseId id, LocalDate startDate) {
        CourseSummary course = courses.changeableCourse(clinician, id);
        RuleViolation.throwIfAny(TerminationRules.maintenanceProblems(store.review(id.value()).value().decision(),
                store.maintenanceCourse(id.value()) != null));
        Protocol maintenance = protocols.protocolByCode(clinician.organisationId(),
                TerminationRules.MAINTENANCE_FORMAT);
        CourseId started = courses.start(clinician, course.clientId(), maintenance.id(),
                new ContractTerms(maintenance.settings().defaultSessions(), Cadence.MONTHLY,
                        maintenance.settings().sessionMinutes(), startDate), id);
        store.linkMaintenanceCourse(id.value(), started.value());
        write(clinician, course, AuditEntry.detail("history.maintenanceStarted"));
        return started;
    }

    private CourseSummary changeable(CurrentUser clinician, CourseId id) {
        CourseSummary course = courses.changeableCourse(clinician, id);
        if (!course.phase().isOpen()) {
            throw new RuleViolation("termination.courseClosed");
        }
        return course;
    }

    private static Owner owner(CurrentUser clinician, CourseSummary course) {
        return new Owner(clinician.organisationId().value(), course.id().value(), course.clientId().value());
    }

    private void write(CurrentUser user, CourseSummary course, String detail) {
        audit.record(user, course.clientId().value(), AuditAction.UPDATE, TERMINATION, course.id().value(), detail);
    }
}
