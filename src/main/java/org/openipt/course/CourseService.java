package org.openipt.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.internal.CourseStore;
import org.openipt.course.internal.CourseStore.LoadedCourse;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course engine's contract and phases: starting a course, the treatment contract and its extension, the moves
 * between phases and early endings. Each method checks access through the {@link CourseRecordGate}, applies the pure
 * rules of {@link ContractRules} and {@link PhaseRules}, writes the audit trail in the same transaction and
 * publishes {@link PhaseEntered} and {@link CourseEnded}. Sessions are {@link SessionService}'s; the course page is
 * read by {@link CoursePageQuery}.
 */
@Service
@Transactional
public class CourseService {

    private final CourseStore store;
    private final CourseRecordGate gate;
    private final CaseloadService caseload;
    private final ProtocolCatalog protocols;
    private final List<PhaseRequirement> requirements;
    private final CourseHistory history;
    private final CourseEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    CourseService(CourseStore store, CourseRecordGate gate, CaseloadService caseload, ProtocolCatalog protocols,
            List<PhaseRequirement> requirements, CourseHistory history, CourseEvents events, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.gate = gate;
        this.caseload = caseload;
        this.protocols = protocols;
        this.requirements = List.copyOf(requirements);
        this.history = history;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a course for a client from a format, with the contract the clinician proposes. */
    public CourseId start(CurrentUser clinician, ClientId client, ProtocolId protocolId, ContractTerms terms) {
        return start(clinician, client, protocolId, terms, null);
    }

    /** Opens a course that follows an earlier one (continuation or maintenance). */
    public CourseId start(CurrentUser clinician, ClientId client, ProtocolId protocolId, ContractTerms terms,
            @Nullable CourseId previous) {
        caseload.requireChangeable(clinician, client);
        Protocol protocol = protocols.protocol(clinician.organisationId(), protocolId);
        if (!protocol.active()) {
            throw new RuleViolation("course.protocolInactive");
        }
        TreatmentContract contract = contractFrom(terms, null);
        requireNoProblems(ContractRules.problemsWith(contract, protocol.settings(), today(clinician)));
        UUID id = store.refer(clinician.organisationId().value(), client.value(), protocolId.value(), contract,
                previous == null ? null : previous.value(), clock.instant());
        audit.record(clinician, client, AuditAction.CREATE, CourseHistory.COURSE, new CourseId(id),
                AuditEntry.detail("history.courseStarted"));
        return new CourseId(id);
    }



    @Transactional
    public List<CourseSummary> coursesOf(CurrentUser user, ClientId client) {
        caseload.requireVisible(user, client);
        List<CourseSummary> courses = store.coursesOf(client.value());
        audit.record(user, client, AuditAction.READ, "COURSE_LIST", client, null);
        return courses;
    }

    /** Changes the proposed contract; only before the middle phase (after it, only an extension changes the total). */
    public void changeContract(CurrentUser clinician, CourseId id, ContractTerms terms, long version) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        if (!ContractRules.contractMayChange(loaded.summary().phase())) {
            throw new RuleViolation("contract.lockedAfterInitial");
        }
        TreatmentContract contract = contractFrom(terms, null);
        requireNoProblems(ContractRules.problemsWith(contract, loaded.summary().protocol().settings(),
                today(clinician)));
        if (contract.contractedSessions() < loaded.summary().progress().sessionsHeld()) {
            throw new RuleViolation("contract.fewerThanHeld");
        }
        store.update(id.value(), version, course -> course.setContract(contract));
        write(clinician, loaded, AuditEntry.detail("history.contractSet", contract.contractedSessions()));
    }

    /** Records that the client agreed the contract (the time limit is now explicit and shared). */
    public void agreeContract(CurrentUser clinician, CourseId id, LocalDate agreedOn, long version) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        if (!loaded.summary().phase().isOpen()) {
            throw new RuleViolation("session.courseClosed");
        }
        TreatmentContract agreed = loaded.summary().contract().agreedOn(agreedOn);
        requireNoProblems(ContractRules.problemsWith(agreed, loaded.summary().protocol().settings(), today(clinician)));
        store.update(id.value(), version, course -> course.setContract(agreed));
        write(clinician, loaded, AuditEntry.detail("history.contractAgreed"));
    }

    /** Moves the course forward one phase today if every requirement of the move is met. */
    public void move(CurrentUser clinician, CourseId id, PhaseTransition move, long version) {
        move(clinician, id, move, today(clinician), version);
    }

    /** As {@link #move(CurrentUser, CourseId, PhaseTransition, long)}, for a move recorded after the day it happened. */
    public void move(CurrentUser clinician, CourseId id, PhaseTransition move, LocalDate on, long version) {
        if (move.isExit()) {
            throw new RuleViolation("phase.exitNeedsReason");
        }
        LoadedCourse loaded = loadChangeable(clinician, id);
        String refusal = PhaseRules.refusal(loaded.facts(), move, requirements);
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
        requireNoProblems(PhaseRules.problemsWithMoveDate(loaded.facts(), on, today(clinician)));
        store.update(id.value(), version, course -> course.move(move, on));
        write(clinician, loaded, AuditEntry.detail("history.moved." + move.to()));
        events.entered(clinician.organisationId(), loaded.summary(), move.to(), on);
    }

    /**
     * Moves the course forward one phase although items of its checklist are unmet, because the clinician judged
     * it right and wrote why. The reason stays on the course; the audit trail records only that it happened.
     */
    public void moveWithOverride(CurrentUser clinician, CourseId id, PhaseTransition move, String reason,
            long version) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        String refusal = PhaseRules.overrideRefusal(loaded.facts(), move, reason);
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
        LocalDate today = today(clinician);
        if (PhaseRules.refusal(loaded.facts(), move, requirements) == null) {
            store.update(id.value(), version, course -> course.move(move, today));
            write(clinician, loaded, AuditEntry.detail("history.moved." + move.to()));
        }
        else {
            store.update(id.value(), version, course -> course.moveWithOverride(move, reason, today));
            write(clinician, loaded, AuditEntry.detail("history.movedWithOverride." + move.to()));
        }
        events.entered(clinician.organisationId(), loaded.summary(), move.to(), today);
    }


    /** Ends a course early: the client dropped out or was referred elsewhere. */
    public void exit(CurrentUser clinician, CourseId id, PhaseTransition exit, String reason, LocalDate on,
            long version) {
        if (!exit.isExit()) {
            throw new RuleViolation("phase.notAnExit");
        }
        LoadedCourse loaded = loadChangeable(clinician, id);
        if (!exit.leaves(loaded.summary().phase())) {
            throw new RuleViolation("phase.notFromHere");
        }
        requireNoProblems(ContractRules.problemsWithExit(reason, on, loaded.summary().contract().startDate(),
                today(clinician)));
        if (PhaseRules.beginsBeforePreviousPhase(loaded.facts(), on)) {
            throw new RuleViolation("phase.date.beforePrevious");
        }
        store.update(id.value(), version, course -> course.exit(exit, reason, on));
        write(clinician, loaded, AuditEntry.detail("history.moved." + exit.to()));
        events.entered(clinician.organisationId(), loaded.summary(), exit.to(), on);
    }

    /** Records the decision to go past the contracted number of sessions. */
    public void extend(CurrentUser clinician, CourseId id, int newTotal, String reason, long version) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        if (!loaded.summary().phase().isOpen()) {
            throw new RuleViolation("session.courseClosed");
        }
        requireNoProblems(ContractRules.problemsWithExtension(loaded.summary().contract().contractedSessions(),
                newTotal, reason));
        store.update(id.value(), version, course -> course.extend(newTotal, reason, today(clinician)));
        write(clinician, loaded, AuditEntry.detail("history.extended",
                loaded.summary().contract().contractedSessions(), newTotal));
    }


    private LoadedCourse loadChangeable(CurrentUser user, CourseId id) {
        return gate.changeable(user, id);
    }

    private void write(CurrentUser user, LoadedCourse loaded, String detail) {
        history.changed(user, loaded.summary(), detail);
    }

    private LocalDate today(CurrentUser user) {
        return gate.today(user);
    }

    private static TreatmentContract contractFrom(ContractTerms terms, @Nullable LocalDate agreedOn) {
        return new TreatmentContract(terms.sessions(), terms.cadence(), terms.sessionMinutes(), terms.startDate(),
                agreedOn);
    }

    private static void requireNoProblems(List<String> problems) {
        RuleViolation.throwIfAny(problems);
    }

}
