package org.openipt.groups;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.Phase;
import org.openipt.course.PhaseTransition;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionParticipants;
import org.openipt.course.SessionService;
import org.openipt.groups.internal.GroupStore;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.ResponseId;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.safety.RiskEventService;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group sessions. Recording one writes, for every active member, a session of their own course (attended or missed,
 * with the week's link to events as "since we last met" and the option chosen as the note) and, for each member who
 * answered, the check-in questionnaire in that session — so a risk answer opens the member's risk event and tells
 * their clinician and supervisor at once, as any questionnaire does; a risk a member disclosed opens one too. Then each member's course moves on to the phase
 * the format gives the session (with the reason written on the course where its checklist is not complete: a lay
 * group does not make an individual formulation). All of it commits together or not at all; the same submission
 * twice, even at the same moment, stores one session.
 */
@Service
@Transactional
public class GroupSessionService {

    private final GroupService groups;
    private final GroupStore store;
    private final ProtocolCatalog protocols;
    private final CaseloadService caseload;
    private final CourseService courses;
    private final SessionService sessions;
    private final MeasuresService measures;
    private final RiskEventService riskEvents;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GroupSessionService(GroupService groups, GroupStore store, ProtocolCatalog protocols, CaseloadService caseload,
            CourseService courses, SessionService sessions, MeasuresService measures, RiskEventService riskEvents, AuditTrail audit,
            MessageSource messages, TransactionTemplate transactions, Clock clock) {
        this.groups = groups;
        this.store = store;
        this.protocols = protocols;
        this.caseload = caseload;
        this.courses = courses;
        this.sessions = sessions;
        this.measures = measures;
        this.riskEvents = riskEvents;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The sheet for the group's next session, for its facilitators. */
    public SessionSheet nextSession(CurrentUser user, GroupId id) {
        Group group = groups.runnable(user, id);
        GroupFormat format = format(user, group);
        List<GroupSessionRecord> held = store.sessions(id);
        int number = held.isEmpty() ? 1 : held.getLast().number() + 1;
        if (!format.has(number)) {
            throw new RuleViolation("groupSession.number.beyondFormat");
        }
        List<GroupMember> active = store.members(id).stream().filter(m -> m.state().active()).toList();
        Map<ClientId, ClientDetails> clients = caseload.clients(user, active.stream().map(GroupMember::clientId)
                .toList());
        List<SessionSheet.Attendee> attendees = new ArrayList<>();
        for (GroupMember member : active) {
            String lastOption = null;
            long missed = 0;
            for (GroupSessionRecord session : held) {
                CheckIn checkIn = session.of(member.id()).orElse(null);
                if (checkIn != null && checkIn.present() && checkIn.optionChosen() != null) {
                    lastOption = checkIn.optionChosen();
                }
                missed += checkIn != null && !checkIn.present() ? 1 : 0;
            }
            ClientDetails client = clients.get(member.clientId());
            attendees.add(new SessionSheet.Attendee(member.id(), client == null ? "—" : client.displayName(),
                    lastOption, missed));
        }
        attendees.sort(java.util.Comparator.comparing(SessionSheet.Attendee::name));
        return new SessionSheet(group, number, format.groupSessions(), format.phaseOf(number),
                format.isLast(number), attendees, measures.instrument(group.settings().checkInInstrument()));
    }

    /**
     * Records a group session; a repeat of the same submission returns the first. Called on its own (a request), it
     * runs in a transaction of its own and a submission that lost a race is answered with the winner's session;
     * called inside a caller's transaction (the demo's seeding), it joins it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public GroupSessionId record(CurrentUser user, GroupId id, GroupSessionEntry entry) {
        return Conflicts.submittedOnce(transactions, () -> recordOnce(user, id, entry));
    }

    /** A recorded session, for the group's facilitators and supervisor. */
    public GroupSessionRecord session(CurrentUser user, GroupId id, GroupSessionId sessionId) {
        groups.visible(user, id);
        GroupSessionRecord session = store.sessions(id).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("group session"));
        audit.record(user, null, AuditAction.READ, GroupService.GROUP, sessionId, null);
        return session;
    }

    /**
     * A member catches up a group session they missed in an individual session of their course; recorded once per
     * missed session.
     */
    public SessionId recordMakeUp(CurrentUser user, GroupId id, GroupMemberId memberId, GroupSessionId missedId,
            MakeUp makeUp) {
        Group group = groups.runnable(user, id);
        GroupMember member = groups.activeMember(id, memberId);
        GroupSessionRecord missed = store.sessions(id).stream().filter(s -> s.id().equals(missedId)).findFirst()
                .orElseThrow(() -> new NotFoundException("group session"));
        CheckIn checkIn = missed.of(memberId).orElseThrow(() -> new NotFoundException("group session"));
        if (checkIn.present() || checkIn.madeUp()) {
            throw new RuleViolation(checkIn.present() ? "makeUp.notMissed" : "makeUp.already");
        }
        LocalDate day = makeUp.heldAt().toLocalDate();
        if (day.isAfter(LocalDate.now(clock.withZone(user.timeZone())))) {
            throw new RuleViolation("groupSession.when.future");
        }
        if (day.isBefore(missed.heldAt().toLocalDate())) {
            throw new RuleViolation("makeUp.beforeMissed");
        }
        String note = Text.clean(makeUp.note());
        if (note != null && note.length() > GroupSessionRules.TEXT_LENGTH) {
            throw new RuleViolation("groupSession.text.tooLong");
        }
        SessionId session = sessions.recordSession(user, member.courseId(), new SessionEntry(makeUp.heldAt(),
                makeUp.mode(), Attendance.ATTENDED, note, null, messages.getMessage("makeUp.courseNote",
                        new Object[] { missed.number(), group.settings().name() }, LocaleContextHolder.getLocale()),
                SessionParticipants.CLIENT, null, null, Set.of(), false, false));
        if (!store.markMadeUp(missedId, memberId, day, session)) {
            throw new RuleViolation("makeUp.already");
        }
        audit.record(user, member.clientId(), AuditAction.UPDATE, GroupService.GROUP, missedId,
                AuditEntry.detail("history.madeUp", missed.number()));
        return session;
    }

    /** An individual session that catches up a missed group session: when, how, and what was covered. */
    public record MakeUp(java.time.LocalDateTime heldAt, org.openipt.course.SessionMode mode, @Nullable String note) {
    }

    private GroupSessionId recordOnce(CurrentUser user, GroupId id, GroupSessionEntry entry) {
        Group group = groups.runnable(user, id);
        var earlier = store.sessionBySubmission(id, entry.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        GroupFormat format = format(user, group);
        List<GroupSessionRecord> held = store.sessions(id);
        int next = held.isEmpty() ? 1 : held.getLast().number() + 1;
        Map<GroupMemberId, GroupMember> active = store.members(id).stream().filter(m -> m.state().active())
                .collect(Collectors.toMap(GroupMember::id, m -> m));
        RuleViolation.throwIfAny(GroupSessionRules.problemsWith(entry, format, next, Set.copyOf(active.keySet()),
                group.settings().startsOn(), LocalDate.now(clock.withZone(user.timeZone()))));
        GroupSessionId session = store.addSession(user.organisationId().value(), id, entry.number(), entry.heldAt(),
                entry.sessionsLeftNamed(), Text.clean(entry.notes()), entry.submissionKey(), user.id(),
                clock.instant());
        for (MemberCheckIn checkIn : entry.members()) {
            GroupMember member = Objects.requireNonNull(active.get(checkIn.member()));
            store.addCheckIn(session, recordFor(user, group, member, checkIn, entry));
        }
        Phase phase = format.phaseOf(entry.number());
        String reason = messages.getMessage("groupSession.phaseFollowsGroup", new Object[] { entry.number(),
                group.settings().name() }, LocaleContextHolder.getLocale());
        active.values().forEach(member -> followGroup(user, member, phase, reason));
        if (format.isLast(entry.number())) {
            LocalDate ended = entry.heldAt().toLocalDate();
            active.values().forEach(member -> store.endMembership(member, MemberState.COMPLETED, ended, null, null));
        }
        audit.record(user, null, AuditAction.CREATE, GroupService.GROUP, session,
                AuditEntry.detail("history.groupSessionRecorded", entry.number()));
        return session;
    }

    private CheckIn recordFor(CurrentUser user, Group group, GroupMember member, MemberCheckIn checkIn,
            GroupSessionEntry entry) {
        boolean present = checkIn.present();
        String link = present ? Text.clean(checkIn.weekLink()) : null;
        String option = present ? Text.clean(checkIn.optionChosen()) : null;
        String lastOutcome = present ? Text.clean(checkIn.lastOptionOutcome()) : null;
        SessionId courseSession = sessions.recordSession(user, member.courseId(), new SessionEntry(entry.heldAt(),
                entry.mode(), present ? Attendance.ATTENDED : Attendance.NO_SHOW, link, null, option,
                SessionParticipants.CLIENT, null, null, Set.of(), present && link != null,
                present && entry.sessionsLeftNamed()));
        ResponseId response = null;
        if (present && !checkIn.answers().isEmpty()) {
            response = measures.administer(user, member.courseId(), keyOf(entry.submissionKey(), member.id()),
                    new Administration(group.settings().checkInInstrument(), checkIn.answers(), courseSession));
        }
        String disclosure = Text.clean(checkIn.disclosure());
        if (disclosure != null) {
            riskEvents.openByHand(user, member.courseId(), disclosure);
        }
        return new CheckIn(member.id(), present, courseSession, response, link, lastOutcome, option,
                present ? Text.clean(checkIn.relapseSigns()) : null, present ? checkIn.referral() : null, null);
    }

    /** Moves the member's course forward to the group's phase, one step at a time; an ended course stays ended. */
    private void followGroup(CurrentUser user, GroupMember member, Phase target, String reason) {
        for (int step = 0; step < 3; step++) {
            CourseSummary course = courses.coursesOf(user, member.clientId()).stream()
                    .filter(c -> c.id().equals(member.courseId())).findFirst().orElse(null);
            if (course == null || !course.phase().isOpen() || course.phase().ordinal() >= target.ordinal()) {
                return;
            }
            PhaseTransition move = PhaseTransition.next(course.phase()).orElse(null);
            if (move == null || move == PhaseTransition.COMPLETE) {
                return;
            }
            courses.moveWithOverride(user, course.id(), move, reason, course.version());
        }
    }

    private GroupFormat format(CurrentUser user, Group group) {
        return GroupFormat.of(protocols.protocol(user.organisationId(), group.settings().protocolId()).settings());
    }

    private static UUID keyOf(UUID submission, GroupMemberId member) {
        return UUID.nameUUIDFromBytes((submission + ":" + member).getBytes(StandardCharsets.UTF_8));
    }
}
