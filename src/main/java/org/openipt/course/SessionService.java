package org.openipt.course;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.internal.CourseStore;
import org.openipt.course.internal.UpcomingSessionsQuery;
import org.openipt.course.internal.CourseStore.LoadedCourse;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions of a course: scheduled, recorded, changed, read, with the clinician's private psychotherapy notes
 * kept apart. The first attended session of a referred course begins its initial phase. Access through the
 * {@link CourseRecordGate}; rules from {@link SessionRules} and {@link PhaseRules}; every read and write audited.
 */
@Service
@Transactional
public class SessionService {

    private static final String PRIVATE_NOTE = "SESSION_PRIVATE_NOTE";
    public static final int PRIVATE_NOTE_LENGTH = 8000;

    private final CourseStore store;
    private final CourseRecordGate gate;
    private final List<SessionFocusOptions> focusOptions;
    private final CourseHistory history;
    private final CourseEvents events;
    private final UpcomingSessionsQuery upcoming;
    private final List<SessionLock> locks;
    private final org.openipt.identity.IdentityService identity;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SessionService(CourseStore store, CourseRecordGate gate, List<SessionFocusOptions> focusOptions,
            CourseHistory history, CourseEvents events, UpcomingSessionsQuery upcoming, List<SessionLock> locks,
            org.openipt.identity.IdentityService identity, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.locks = List.copyOf(locks);
        this.identity = identity;
        this.upcoming = upcoming;
        this.store = store;
        this.gate = gate;
        this.focusOptions = List.copyOf(focusOptions);
        this.history = history;
        this.events = events;
        this.clock = clock;
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
        return record(clinician, id, entry, privateNote, null);
    }

    /**
     * Records a session sent from a form or the API with the submission key of the form the clinician opened: the
     * same key again — a double click, a retry, even two at the same moment — answers the session the first stored
     * and stores nothing more.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public SessionId recordSubmitted(CurrentUser clinician, CourseId id, UUID submissionKey, SessionEntry entry,
            @Nullable String privateNote) {
        return Conflicts.submittedOnce(transactions, () -> record(clinician, id, entry, privateNote, submissionKey));
    }

    private SessionId record(CurrentUser clinician, CourseId id, SessionEntry entry, @Nullable String privateNote,
            @Nullable UUID submissionKey) {
        LoadedCourse loaded = gate.changeable(clinician, id);
        Optional<UUID> earlier = submissionKey == null ? Optional.empty()
                : store.sessionSubmitted(id.value(), submissionKey);
        if (earlier.isPresent()) {
            return new SessionId(earlier.get());
        }
        checkSession(loaded, entry, clinician, 0, null);
        Instant when = entry.when().atZone(clinician.timeZone()).toInstant();
        SessionId session = new SessionId(store.addSession(clinician.organisationId().value(), id.value(), entry,
                when, clock.instant(), submissionKey));
        beginIfReferred(clinician, loaded, entry);
        history.changed(clinician, loaded.summary(), AuditEntry.detail("history.session." + entry.attendance()));
        if (entry.attendance() != Attendance.SCHEDULED) {
            events.sessionRecorded(clinician.organisationId(), loaded.summary(), session, entry, when);
        }
        if (privateNote != null && !privateNote.isBlank()) {
            writePrivateNote(clinician, loaded, session, privateNote);
        }
        return session;
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
            writePrivateNote(clinician, loaded, sessionId, privateNote);
        }
    }

    /**
     * The private psychotherapy note of a session, for the clinician who may change the client's record only (a
     * supervisor or the client never reads it). Each read writes its own audit row.
     */
    public Optional<String> privateNote(CurrentUser clinician, CourseId id, SessionId sessionId) {
        LoadedCourse loaded = gate.changeable(clinician, id);
        existing(loaded, sessionId, clinician);
        Optional<String> note = store.privateNote(id.value(), sessionId.value());
        history.record(clinician, loaded.summary(), AuditAction.READ, PRIVATE_NOTE, sessionId,
                AuditEntry.detail("history.privateNoteRead"));
        return note;
    }

    /** Whether the session's record is locked (signed by a supervisor): it changes only by addenda. */
    @Transactional(readOnly = true)
    public boolean locked(SessionId sessionId) {
        return locks.stream().anyMatch(lock -> lock.locks(sessionId));
    }

    /** Adds an addendum to a session's record, signed and dated, for a clinician who may change the record. */
    public void addAddendum(CurrentUser clinician, CourseId id, SessionId sessionId, @Nullable String text) {
        LoadedCourse loaded = gate.changeable(clinician, id);
        existing(loaded, sessionId, clinician);
        String cleaned = org.openipt.shared.Text.clean(text);
        if (cleaned == null) {
            throw new RuleViolation("session.addendum.required");
        }
        if (cleaned.length() > SessionAddendum.LENGTH) {
            throw new RuleViolation("session.addendum.tooLong");
        }
        store.addAddendum(clinician.organisationId().value(), id.value(), sessionId.value(), cleaned,
                clinician.id().value(), clock.instant());
        history.record(clinician, loaded.summary(), AuditAction.CREATE, "SESSION_ADDENDUM", sessionId,
                AuditEntry.detail("history.addendumAdded"));
    }

    /** The addenda of a session, oldest first, for whoever may read the course. */
    @Transactional(readOnly = true)
    public List<SessionAddendum> addenda(CurrentUser user, CourseId id, SessionId sessionId) {
        LoadedCourse loaded = gate.visible(user, id);
        existing(loaded, sessionId, user);
        List<CourseStore.StoredAddendum> stored = store.addenda(sessionId.value());
        java.util.Map<org.openipt.identity.UserId, String> names = identity.displayNames(stored.stream()
                .map(a -> new org.openipt.identity.UserId(a.writtenBy())).collect(java.util.stream.Collectors.toSet()));
        return stored.stream().map(a -> new SessionAddendum(a.text(), names.getOrDefault(
                new org.openipt.identity.UserId(a.writtenBy()), "—"), a.writtenAt())).toList();
    }

    /** The focal areas a session of the course can be said to have worked on (for the session form). */
    @Transactional(readOnly = true)
    public List<FocusOption> focusOptions(CurrentUser user, CourseId id) {
        return focusOptionsOf(gate.visible(user, id).summary());
    }

    public SessionView session(CurrentUser user, CourseId id, SessionId sessionId) {
        LoadedCourse loaded = gate.visible(user, id);
        SessionView session = existing(loaded, sessionId, user);
        history.read(user, loaded.summary(), AuditEntry.detail("history.sessionRead"));
        return session;
    }

    public List<SessionView> sessions(CurrentUser user, CourseId id) {
        LoadedCourse loaded = gate.visible(user, id);
        history.read(user, loaded.summary(), AuditEntry.detail("history.sessionsRead"));
        return store.sessions(id.value(), user.timeZone());
    }

    /**
     * Every session booked from {@code from} (inclusive) to {@code to} in a running course, in every organisation,
     * for reminders (a job: no user, no audit; the reminder names no clinical detail).
     */
    @Transactional(readOnly = true)
    public List<UpcomingSession> bookedBetween(Instant from, Instant to) {
        return upcoming.bookedBetween(from, to);
    }

    /** The focal areas the modules offer for a course's sessions (the course page shows them by name). */
    List<FocusOption> focusOptionsOf(CourseSummary course) {
        return focusOptions.stream().flatMap(provider -> provider.optionsFor(course).stream()).toList();
    }

    private LoadedCourse change(CurrentUser clinician, CourseId id, SessionId sessionId, SessionEntry entry,
            long version) {
        LoadedCourse loaded = gate.changeable(clinician, id);
        SessionView before = existing(loaded, sessionId, clinician);
        if (locked(sessionId)) {
            throw new RuleViolation("session.locked");
        }
        checkSession(loaded, entry, clinician,
                SessionRules.countsTowardsContract(before.attendance(), before.participants()) ? 1 : 0,
                before.focalAreaId());
        Instant when = entry.when().atZone(clinician.timeZone()).toInstant();
        store.changeSession(sessionId.value(), version, entry, when);
        beginIfReferred(clinician, loaded, entry);
        history.changed(clinician, loaded.summary(), AuditEntry.detail("history.sessionChanged"));
        if (before.attendance() == Attendance.SCHEDULED && entry.attendance() != Attendance.SCHEDULED) {
            events.sessionRecorded(clinician.organisationId(), loaded.summary(), sessionId, entry, when);
        }
        return loaded;
    }

    private SessionView existing(LoadedCourse loaded, SessionId sessionId, CurrentUser user) {
        return store.session(loaded.summary().id().value(), sessionId.value(), user.timeZone())
                .orElseThrow(() -> new NotFoundException("session"));
    }

    private void writePrivateNote(CurrentUser clinician, LoadedCourse loaded, SessionId sessionId,
            @Nullable String note) {
        if (note != null && note.strip().length() > PRIVATE_NOTE_LENGTH) {
            throw new RuleViolation("session.privateNote.tooLong");
        }
        store.savePrivateNote(clinician.organisationId().value(), loaded.summary().id().value(), sessionId.value(),
                note, clock.instant());
        history.record(clinician, loaded.summary(), AuditAction.UPDATE, PRIVATE_NOTE, sessionId,
                AuditEntry.detail("history.privateNoteWritten"));
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
        Instant when = entry.when().atZone(clinician.timeZone()).toInstant();
        if (entry.attendance() == Attendance.SCHEDULED && !when.isAfter(clock.instant())) {
            problems.add("session.scheduledInPast");
        }
        if (entry.attendance() != Attendance.SCHEDULED && when.isAfter(clock.instant())) {
            problems.add("session.recordedInFuture");
        }
        RuleViolation.throwIfAny(problems);
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
            UUID course = loaded.summary().id().value();
            store.update(course, store.currentVersion(course),
                    c -> c.move(PhaseTransition.BEGIN_INITIAL, entry.when().toLocalDate()));
            history.changed(clinician, loaded.summary(), AuditEntry.detail("history.moved." + Phase.INITIAL));
            events.entered(clinician.organisationId(), loaded.summary(), Phase.INITIAL, entry.when().toLocalDate());
        }
    }
}
