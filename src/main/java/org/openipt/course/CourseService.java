package org.openipt.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.internal.CourseStore;
import org.openipt.course.internal.CourseStore.LoadedCourse;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course engine's facade. Each method checks that the user may see (or change) the client through the
 * caseload's access policy, applies the pure rules of {@link ContractRules} and {@link PhaseRules}, and writes
 * the audit trail in the same transaction.
 */
@Service
@Transactional
public class CourseService {

    private static final String COURSE = "COURSE";
    private static final String PRIVATE_NOTE = "SESSION_PRIVATE_NOTE";
    public static final int PRIVATE_NOTE_LENGTH = 8000;

    private final CourseStore store;
    private final CourseRecordGate gate;
    private final CaseloadService caseload;
    private final ProtocolCatalog protocols;
    private final List<PhaseRequirement> requirements;
    private final List<CourseSectionProvider> sections;
    private final List<SessionFocusOptions> focusOptions;
    private final List<CourseAlertProvider> alerts;
    private final AuditTrail audit;
    private final Clock clock;

    CourseService(CourseStore store, CourseRecordGate gate, CaseloadService caseload, ProtocolCatalog protocols,
            List<PhaseRequirement> requirements, List<CourseSectionProvider> sections,
            List<SessionFocusOptions> focusOptions, List<CourseAlertProvider> alerts, AuditTrail audit, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.caseload = caseload;
        this.protocols = protocols;
        this.requirements = List.copyOf(requirements);
        this.sections = List.copyOf(sections);
        this.focusOptions = List.copyOf(focusOptions);
        this.alerts = List.copyOf(alerts);
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
        audit.record(clinician, client, AuditAction.CREATE, COURSE, new CourseId(id), AuditEntry.detail("history.courseStarted"));
        return new CourseId(id);
    }

    @Transactional
    public CourseRecord course(CurrentUser user, CourseId id) {
        LoadedCourse loaded = loadVisible(user, id);
        CourseSummary summary = loaded.summary();
        PhaseTransition next = PhaseTransition.next(summary.phase()).orElse(null);
        List<ChecklistItem> checklist = next == null ? List.of()
                : PhaseRules.checklist(loaded.facts(), next, requirements);
        audit.record(user, summary.clientId(), AuditAction.READ, COURSE, id, null);
        boolean changeable = caseload.mayChange(user, summary.clientId());
        return new CourseRecord(summary, store.sessions(id.value(), user.timeZone()), next, checklist,
                audit.changesOf(user, id, summary.clientId(), CareTeamService.CARE_TEAM, 50), changeable,
                sections.stream().map(section -> section.sectionOf(loaded.facts())).toList(),
                focusOptionsOf(summary),
                alerts.stream().flatMap(provider -> provider.alertsOf(user, loaded.facts()).stream()).toList());
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
        Phase phase = loaded.summary().phase();
        if (phase != Phase.REFERRED && phase != Phase.INITIAL) {
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
        if (PhaseRules.refusal(loaded.facts(), move, requirements) == null) {
            store.update(id.value(), version, course -> course.move(move, today(clinician)));
            write(clinician, loaded, AuditEntry.detail("history.moved." + move.to()));
            return;
        }
        store.update(id.value(), version, course -> course.moveWithOverride(move, reason, today(clinician)));
        write(clinician, loaded, AuditEntry.detail("history.movedWithOverride." + move.to()));
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

    /** Schedules or records a session. Recording the first attended session of a referred course begins it. */
    public SessionId recordSession(CurrentUser clinician, CourseId id, SessionEntry entry) {
        return recordSession(clinician, id, entry, null);
    }

    /**
     * As {@link #recordSession(CurrentUser, CourseId, SessionEntry)}, with the clinician's private psychotherapy
     * note (kept apart from the record the client can see; blank for none).
     */
    public SessionId recordSession(CurrentUser clinician, CourseId id, SessionEntry entry,
            @Nullable String privateNote) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        checkSession(loaded, entry, clinician, 0, null);
        UUID session = store.addSession(clinician.organisationId().value(), id.value(), entry,
                entry.when().atZone(clinician.timeZone()).toInstant(), clock.instant());
        beginIfReferred(clinician, loaded, entry);
        write(clinician, loaded, AuditEntry.detail("history.session." + entry.attendance()));
        if (privateNote != null && !privateNote.isBlank()) {
            writePrivateNote(clinician, loaded, session, privateNote);
        }
        return new SessionId(session);
    }

    /** Changes a session; its private psychotherapy note stays as it is. */
    public void changeSession(CurrentUser clinician, CourseId id, SessionId sessionId, SessionEntry entry,
            long version) {
        change(clinician, id, sessionId, entry, version);
    }

    /** Changes a session and replaces its private psychotherapy note (blank removes it). */
    public void changeSession(CurrentUser clinician, CourseId id, SessionId sessionId, SessionEntry entry,
            @Nullable String privateNote, long version) {
        LoadedCourse loaded = change(clinician, id, sessionId, entry, version);
        boolean had = store.privateNote(id.value(), sessionId.value()).isPresent();
        if (had || (privateNote != null && !privateNote.isBlank())) {
            writePrivateNote(clinician, loaded, sessionId.value(), privateNote);
        }
    }

    /**
     * The private psychotherapy note of a session, for the clinician who may change the client's record only (a
     * supervisor or the client never reads it). Each read writes its own audit row.
     */
    @Transactional
    public Optional<String> privateNote(CurrentUser clinician, CourseId id, SessionId sessionId) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        store.session(id.value(), sessionId.value(), clinician.timeZone())
                .orElseThrow(() -> new NotFoundException("session"));
        Optional<String> note = store.privateNote(id.value(), sessionId.value());
        audit.record(clinician, loaded.summary().clientId(), AuditAction.READ, PRIVATE_NOTE, sessionId,
                AuditEntry.detail("history.privateNoteRead"));
        return note;
    }

    /** The focal areas a session of the course can be said to have worked on (for the session form). */
    @Transactional(readOnly = true)
    public List<FocusOption> focusOptions(CurrentUser user, CourseId id) {
        return focusOptionsOf(loadVisible(user, id).summary());
    }

    private LoadedCourse change(CurrentUser clinician, CourseId id, SessionId sessionId, SessionEntry entry,
            long version) {
        LoadedCourse loaded = loadChangeable(clinician, id);
        SessionView existing = store.session(id.value(), sessionId.value(), clinician.timeZone())
                .orElseThrow(() -> new NotFoundException("session"));
        checkSession(loaded, entry, clinician,
                SessionRules.countsTowardsContract(existing.attendance(), existing.participants()) ? 1 : 0,
                existing.focalAreaId());
        store.changeSession(sessionId.value(), version, entry, entry.when().atZone(clinician.timeZone()).toInstant());
        beginIfReferred(clinician, loaded, entry);
        write(clinician, loaded, AuditEntry.detail("history.sessionChanged"));
        return loaded;
    }

    private void writePrivateNote(CurrentUser clinician, LoadedCourse loaded, UUID sessionId,
            @Nullable String note) {
        if (note != null && note.strip().length() > PRIVATE_NOTE_LENGTH) {
            throw new RuleViolation("session.privateNote.tooLong");
        }
        store.savePrivateNote(clinician.organisationId().value(), loaded.summary().id().value(), sessionId, note,
                clock.instant());
        audit.record(clinician, loaded.summary().clientId(), AuditAction.UPDATE, PRIVATE_NOTE, new SessionId(sessionId),
                AuditEntry.detail("history.privateNoteWritten"));
    }

    private List<FocusOption> focusOptionsOf(CourseSummary course) {
        return focusOptions.stream().flatMap(provider -> provider.optionsFor(course).stream()).toList();
    }

    @Transactional
    public SessionView session(CurrentUser user, CourseId id, SessionId sessionId) {
        LoadedCourse loaded = loadVisible(user, id);
        SessionView session = store.session(id.value(), sessionId.value(), user.timeZone())
                .orElseThrow(() -> new NotFoundException("session"));
        audit.record(user, loaded.summary().clientId(), AuditAction.READ, COURSE, id, AuditEntry.detail("history.sessionRead"));
        return session;
    }

    @Transactional
    public List<SessionView> sessions(CurrentUser user, CourseId id) {
        LoadedCourse loaded = loadVisible(user, id);
        audit.record(user, loaded.summary().clientId(), AuditAction.READ, COURSE, id, AuditEntry.detail("history.sessionsRead"));
        return store.sessions(id.value(), user.timeZone());
    }

    private void checkSession(LoadedCourse loaded, SessionEntry entry, CurrentUser clinician, int alreadyCounted,
            @Nullable UUID focalAreaKept) {
        Set<UUID> offered = new HashSet<>();
        focusOptionsOf(loaded.summary()).forEach(option -> offered.add(option.id()));
        if (focalAreaKept != null) {
            offered.add(focalAreaKept); // a focal area removed since stays on the sessions that worked on it
        }
        List<String> problems = new ArrayList<>(SessionRules.problemsWith(entry,
                loaded.summary().protocol().settings().caregiverSessions(), offered));
        Integer mood = entry.moodRating();
        if (mood != null && (mood < SessionEntry.LOWEST_MOOD || mood > SessionEntry.HIGHEST_MOOD)) {
            problems.add("session.mood.range");
        }
        if (entry.when().toLocalDate().isBefore(loaded.summary().contract().startDate())) {
            problems.add("session.beforeStart");
        }
        if (entry.attendance() == Attendance.SCHEDULED && !entry.when().atZone(clinician.timeZone()).toInstant()
                .isAfter(clock.instant())) {
            problems.add("session.scheduledInPast");
        }
        if (entry.attendance() != Attendance.SCHEDULED && entry.when().atZone(clinician.timeZone()).toInstant()
                .isAfter(clock.instant())) {
            problems.add("session.recordedInFuture");
        }
        requireNoProblems(problems);
        CourseProgress progress = loaded.summary().progress();
        CourseProgress without = new CourseProgress(progress.sessionsHeld() - alreadyCounted,
                progress.contractedSessions(), progress.terminationPhaseSessions());
        String refusal = PhaseRules.sessionRefusal(loaded.summary().phase(), without, entry.attendance(),
                entry.participants());
        if (refusal != null) {
            throw new RuleViolation(refusal, progress.contractedSessions());
        }
    }

    private void beginIfReferred(CurrentUser clinician, LoadedCourse loaded, SessionEntry entry) {
        if (loaded.summary().phase() == Phase.REFERRED && entry.countsTowardsContract()) {
            store.update(loaded.summary().id().value(), store.currentVersion(loaded.summary().id().value()),
                    course -> course.move(PhaseTransition.BEGIN_INITIAL, entry.when().toLocalDate()));
            write(clinician, loaded, AuditEntry.detail("history.moved." + Phase.INITIAL));
        }
    }

    private LoadedCourse loadVisible(CurrentUser user, CourseId id) {
        return gate.visible(user, id);
    }

    private LoadedCourse loadChangeable(CurrentUser user, CourseId id) {
        return gate.changeable(user, id);
    }

    private void write(CurrentUser user, LoadedCourse loaded, String detail) {
        audit.record(user, loaded.summary().clientId(), AuditAction.UPDATE, COURSE, loaded.summary().id(), detail);
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
