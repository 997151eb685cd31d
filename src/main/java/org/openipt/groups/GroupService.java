package org.openipt.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CareTeamMember;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.MembershipKind;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.PhaseTransition;
import org.openipt.groups.internal.GroupStore;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.measures.InstrumentOutcome;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.OutcomesService;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups and their members. A clinician or supervisor sets a group up (taking part in it themself); its
 * facilitators change it and its members; its supervisor reads it. A member joins with an individual course of the
 * group's format (one they have, or a new one) and every facilitator joins their care team as a group facilitator,
 * which is how a facilitator reaches the member's record. Moving to another group keeps the course and its history;
 * leaving ends the course with a reason. Audited as {@value #GROUP}, on the client where a member is concerned.
 */
@Service
@Transactional
public class GroupService {

    public static final String GROUP = "GROUP";
    public static final int PAGE_SIZE = 20;
    public static final int NAME_LENGTH = 200;

    private final GroupStore store;
    private final ProtocolCatalog protocols;
    private final IdentityService identity;
    private final CaseloadService caseload;
    private final CareTeamService careTeams;
    private final CourseService courses;
    private final MeasuresService measures;
    private final OutcomesService outcomes;
    private final AuditTrail audit;
    private final Clock clock;

    GroupService(GroupStore store, ProtocolCatalog protocols, IdentityService identity, CaseloadService caseload,
            CareTeamService careTeams, CourseService courses, MeasuresService measures, OutcomesService outcomes,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.protocols = protocols;
        this.identity = identity;
        this.caseload = caseload;
        this.careTeams = careTeams;
        this.courses = courses;
        this.measures = measures;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The groups the person facilitates or supervises, newest first, paged. */
    public ResultPage<GroupSummary> groups(CurrentUser user, int page) {
        requireStaff(user);
        ResultPage<Group> groups = store.groupsOf(user.organisationId().value(), user.id(),
                new PageRequestParams(Math.max(0, page), PAGE_SIZE));
        Map<GroupId, Integer> counts = store.activeCounts(groups.items().stream().map(Group::id).toList());
        return new ResultPage<>(groups.items().stream()
                .map(g -> new GroupSummary(g, counts.getOrDefault(g.id(), 0))).toList(), groups.page(),
                groups.size(), groups.total());
    }

    @Transactional(readOnly = true)
    public GroupChoices choices(CurrentUser user) {
        requireStaff(user);
        List<Protocol> formats = protocols.activeProtocols(user).stream()
                .filter(p -> p.settings().delivery() == Delivery.GROUP).toList();
        Comparator<UserSummary> byName = Comparator.comparing(UserSummary::displayName);
        return new GroupChoices(formats,
                identity.usersWithRole(user.organisationId(), Role.CLINICIAN).stream().filter(UserSummary::enabled)
                        .sorted(byName).toList(),
                identity.usersWithRole(user.organisationId(), Role.SUPERVISOR).stream().filter(UserSummary::enabled)
                        .sorted(byName).toList(),
                measures.instruments());
    }

    /** A clinician or supervisor sets up a group they take part in, as a facilitator or its supervisor. */
    public GroupId create(CurrentUser user, GroupSettings settings) {
        requireStaff(user);
        GroupSettings cleaned = cleaned(settings);
        requireSound(user, cleaned);
        if (GroupAccess.of(user, new Group(new GroupId(java.util.UUID.randomUUID()), cleaned, 0)) == GroupAccess.NONE) {
            throw new RuleViolation("group.creator.notInGroup");
        }
        GroupId id = store.create(user.organisationId().value(), cleaned, user.id(), clock.instant());
        audit.record(user, null, AuditAction.CREATE, GROUP, id, AuditEntry.detail("history.groupCreated"));
        return id;
    }

    /**
     * A facilitator changes the group. Its settings must still fit its members; facilitators who join reach the
     * members' records from today, those who leave the group stop reaching them.
     */
    public void change(CurrentUser user, GroupId id, GroupSettings settings, long version) {
        Group group = runnable(user, id);
        GroupSettings cleaned = cleaned(settings);
        requireSound(user, cleaned);
        List<GroupMember> active = store.members(id).stream().filter(m -> m.state().active()).toList();
        Map<ClientId, ClientDetails> clients = caseload.clients(user, active.stream().map(GroupMember::clientId)
                .toList());
        RuleViolation.throwIfAny(CompositionRules.problemsWithMembers(cleaned, active.stream()
                .map(m -> person(cleaned, m.sex(), clients.get(m.clientId()))).toList()));
        store.change(user.organisationId().value(), id, cleaned, version);
        Set<UserId> before = facilitators(group.settings());
        Set<UserId> after = facilitators(cleaned);
        for (GroupMember member : active) {
            joinCareTeam(user, member.clientId(), after);
            leaveCareTeam(user, member.clientId(), difference(before, after));
        }
        audit.record(user, null, AuditAction.UPDATE, GROUP, id, AuditEntry.detail("history.groupChanged"));
    }

    @Transactional(readOnly = true)
    public Group group(CurrentUser user, GroupId id) {
        return visible(user, id);
    }

    /** The group page: members with their attendance and outcomes, sessions, and for facilitators what to do next. */
    public GroupPage page(CurrentUser user, GroupId id) {
        Group group = visible(user, id);
        GroupSettings settings = group.settings();
        Protocol format = protocols.protocol(user.organisationId(), settings.protocolId());
        GroupFormat sessions = GroupFormat.of(format.settings());
        List<GroupMember> members = store.members(id);
        List<GroupSessionRecord> held = store.sessions(id);
        Map<ClientId, ClientDetails> clients = caseload.clients(user, members.stream().map(GroupMember::clientId)
                .distinct().toList());
        Map<CourseId, InstrumentOutcome> scores = outcomes.outcomesOf(members.stream().map(GroupMember::courseId)
                .distinct().toList(), settings.checkInInstrument(), user.timeZone());
        List<MemberLine> lines = new ArrayList<>();
        for (GroupMember member : members) {
            ClientDetails client = clients.get(member.clientId());
            List<MemberLine.Mark> attendance = new ArrayList<>();
            held.forEach(session -> attendance.add(session.of(member.id()).map(GroupService::mark)
                    .orElse(MemberLine.Mark.NOT_A_MEMBER)));
            lines.add(new MemberLine(member, client == null ? "—" : client.displayName(),
                    person(settings, member.sex(), client).age(), attendance,
                    Objects.requireNonNull(scores.get(member.courseId()))));
        }
        lines.sort(Comparator.comparing((MemberLine l) -> !l.member().state().active())
                .thenComparing(MemberLine::name));
        Map<UserId, String> names = identity.displayNames(people(settings));
        GroupAccess access = GroupAccess.of(user, group);
        int next = held.isEmpty() ? 1 : held.getLast().number() + 1;
        List<Group> others = access.mayRun() ? store.groupsOf(user.organisationId().value(), user.id(),
                new PageRequestParams(0, 100)).items().stream().filter(g -> !g.id().equals(id))
                .filter(g -> GroupAccess.of(user, g).mayRun()).toList() : List.of();
        audit.record(user, null, AuditAction.READ, GROUP, id, null);
        return new GroupPage(group, format, sessions, names.getOrDefault(settings.facilitator(), "—"),
                settings.coFacilitator() == null ? null : names.get(settings.coFacilitator()),
                names.getOrDefault(settings.supervisor(), "—"), lines, held, GroupOutcomes.of(lines),
                access.mayRun(), sessions.has(next) ? next : null, others,
                measures.instrument(settings.checkInInstrument()).title());
    }

    /**
     * A member joins: an existing client the facilitator may change, or a new person registered now. They keep an
     * open course of the group's format if they have one, else start one; the group's composition is checked first.
     */
    public GroupMemberId addMember(CurrentUser user, GroupId id, NewMember joining) {
        Group group = runnable(user, id);
        GroupSettings settings = group.settings();
        ClientId client;
        @Nullable Integer birthYear;
        if (joining.existing() != null) {
            client = joining.existing();
            caseload.requireChangeable(user, client);
            birthYear = caseload.client(user, client).birthYear();
        }
        else {
            String name = Text.clean(joining.name());
            if (name == null) {
                throw new RuleViolation("group.member.nameRequired");
            }
            if (name.length() > NAME_LENGTH) {
                throw new RuleViolation("group.member.nameTooLong");
            }
            birthYear = joining.birthYear();
            if (birthYear != null && (birthYear < 1900 || birthYear > LocalDate.now(clock).getYear())) {
                throw new RuleViolation("group.member.birthYearInvalid");
            }
            client = null;
        }
        long active = store.members(id).stream().filter(m -> m.state().active()).count();
        RuleViolation.throwIfAny(CompositionRules.problemsJoining(settings, (int) active,
                new CompositionRules.Person(joining.sex(), CompositionRules.ageIn(settings.startsOn().getYear(),
                        birthYear))));
        if (client == null) {
            client = caseload.register(user, new ClientFields(Objects.requireNonNull(Text.clean(joining.name())),
                    birthYear, null, null, null));
        }
        else if (store.activeMembershipOf(client).isPresent()) {
            throw new RuleViolation("group.member.alreadyInAGroup");
        }
        CourseId course = courseFor(user, client, settings);
        joinCareTeam(user, client, facilitators(settings));
        GroupMemberId member = store.addMember(user.organisationId().value(), id, client, course, joining.sex(),
                today(user), null, clock.instant());
        audit.record(user, client, AuditAction.UPDATE, GROUP, id, AuditEntry.detail("history.joinedGroup",
                settings.name()));
        return member;
    }

    /** A member moves to another group the facilitator runs; their course and its history go with them. */
    public void moveMember(CurrentUser user, GroupId from, GroupMemberId memberId, GroupId to) {
        runnable(user, from);
        Group target = runnable(user, to);
        if (from.equals(to)) {
            throw new RuleViolation("group.move.sameGroup");
        }
        GroupMember member = activeMember(from, memberId);
        ClientDetails client = caseload.client(user, member.clientId());
        long active = store.members(to).stream().filter(m -> m.state().active()).count();
        RuleViolation.throwIfAny(CompositionRules.problemsJoining(target.settings(), (int) active,
                person(target.settings(), member.sex(), client)));
        store.endMembership(member, MemberState.MOVED, today(user), null, to);
        store.addMember(user.organisationId().value(), to, member.clientId(), member.courseId(), member.sex(),
                today(user), member.preGroupOn(), clock.instant());
        Group source = visible(user, from);
        joinCareTeam(user, member.clientId(), facilitators(target.settings()));
        leaveCareTeam(user, member.clientId(), difference(facilitators(source.settings()),
                facilitators(target.settings())));
        audit.record(user, member.clientId(), AuditAction.UPDATE, GROUP, to, AuditEntry.detail("history.movedGroup",
                source.settings().name(), target.settings().name()));
    }

    /** A member leaves the group: their course ends as dropped out or referred on, with the reason and the day. */
    public void memberLeaves(CurrentUser user, GroupId id, GroupMemberId memberId, PhaseTransition exit,
            @Nullable String reason, @Nullable LocalDate on) {
        Group group = runnable(user, id);
        GroupMember member = activeMember(id, memberId);
        String why = Text.clean(reason);
        if (why == null) {
            throw new RuleViolation("group.leave.reasonRequired");
        }
        if (on == null) {
            throw new RuleViolation("group.leave.dayRequired");
        }
        CourseSummary course = courses.coursesOf(user, member.clientId()).stream()
                .filter(c -> c.id().equals(member.courseId())).findFirst()
                .orElseThrow(() -> new NotFoundException("course"));
        if (course.phase().isOpen()) {
            courses.exit(user, member.courseId(), exit, why, on, course.version());
        }
        store.endMembership(member, MemberState.LEFT, on, why, null);
        audit.record(user, member.clientId(), AuditAction.UPDATE, GROUP, id, AuditEntry.detail("history.leftGroup",
                group.settings().name()));
    }

    /**
     * The group each of these clients is in now, in one statement, for a page over a whole team (the supervisor's
     * dashboard); the caller checked access and audits what it shows.
     */
    @Transactional(readOnly = true)
    public Map<ClientId, Group> currentGroupsOf(org.openipt.identity.OrganisationId organisation,
            Collection<ClientId> clients) {
        return store.currentGroupsOf(organisation.value(), clients);
    }

    /** How many members the group has now (for a page that already checked the user runs it). */
    @Transactional(readOnly = true)
    public int activeCount(GroupId id) {
        return store.activeCounts(List.of(id)).getOrDefault(id, 0);
    }

    /** The groups a client was and is in, for a facilitator or supervisor who sees the client. */
    @Transactional(readOnly = true)
    public List<GroupMember> membershipsOf(CurrentUser user, ClientId client) {
        caseload.requireVisible(user, client);
        return store.membershipsOf(client);
    }

    private static MemberLine.Mark mark(CheckIn checkIn) {
        if (checkIn.present()) {
            return MemberLine.Mark.PRESENT;
        }
        return checkIn.madeUp() ? MemberLine.Mark.MADE_UP : MemberLine.Mark.MISSED;
    }

    Group runnable(CurrentUser user, GroupId id) {
        Group group = visible(user, id);
        if (!GroupAccess.of(user, group).mayRun()) {
            throw new NotFoundException("group");
        }
        return group;
    }

    Group visible(CurrentUser user, GroupId id) {
        Group group = store.group(user.organisationId().value(), id).orElseThrow(() -> new NotFoundException("group"));
        if (!GroupAccess.of(user, group).maySee()) {
            audit.recordDenied(user, AuditAction.READ, GROUP, id);
            throw new NotFoundException("group");
        }
        return group;
    }

    GroupMember activeMember(GroupId group, GroupMemberId id) {
        return store.members(group).stream().filter(m -> m.id().equals(id)).filter(m -> m.state().active())
                .findFirst().orElseThrow(() -> new NotFoundException("member"));
    }

    private CourseId courseFor(CurrentUser user, ClientId client, GroupSettings settings) {
        return courses.coursesOf(user, client).stream().filter(c -> c.phase().isOpen())
                .filter(c -> c.protocol().id().equals(settings.protocolId())).map(CourseSummary::id).findFirst()
                .orElseGet(() -> {
                    Protocol format = protocols.protocol(user.organisationId(), settings.protocolId());
                    LocalDate start = settings.startsOn().isAfter(today(user)) ? today(user) : settings.startsOn();
                    return courses.start(user, client, format.id(), new ContractTerms(
                            format.settings().defaultSessions(), format.settings().cadence(),
                            format.settings().sessionMinutes(), start));
                });
    }

    private void joinCareTeam(CurrentUser user, ClientId client, Set<UserId> facilitators) {
        Set<UserId> onTeam = new HashSet<>();
        careTeams.careTeam(user, client).members().forEach(m -> onTeam.add(m.clinicianId()));
        for (UserId facilitator : facilitators) {
            if (!onTeam.contains(facilitator)) {
                careTeams.addMember(user, client, facilitator, MembershipKind.GROUP_FACILITATOR, null, today(user));
            }
        }
    }

    private void leaveCareTeam(CurrentUser user, ClientId client, Set<UserId> leaving) {
        if (leaving.isEmpty()) {
            return;
        }
        for (CareTeamMember m : careTeams.careTeam(user, client).members()) {
            if (m.kind() == MembershipKind.GROUP_FACILITATOR && leaving.contains(m.clinicianId())) {
                careTeams.endMembership(user, client, m.id(), null, today(user), m.version());
            }
        }
    }

    private void requireSound(CurrentUser user, GroupSettings settings) {
        List<String> problems = new ArrayList<>(settings.problems());
        LocalDate today = today(user);
        if (settings.startsOn().isBefore(today.minusYears(10)) || settings.startsOn().isAfter(today.plusYears(2))) {
            problems.add("group.startsOn.implausible");
        }
        Map<UserId, UserSummary> clinicians = byId(identity.usersWithRole(user.organisationId(), Role.CLINICIAN));
        if (!enabled(clinicians, settings.facilitator())
                || (settings.coFacilitator() != null && !enabled(clinicians, settings.coFacilitator()))) {
            problems.add("group.facilitator.unknown");
        }
        if (!enabled(byId(identity.usersWithRole(user.organisationId(), Role.SUPERVISOR)), settings.supervisor())) {
            problems.add("group.supervisor.unknown");
        }
        else if (facilitators(settings).stream().map(clinicians::get).filter(Objects::nonNull)
                .anyMatch(f -> !settings.supervisor().equals(f.supervisorId()))) {
            problems.add("group.supervisor.notTheirs");
        }
        boolean groupFormat = protocols.activeProtocols(user).stream()
                .anyMatch(p -> p.id().equals(settings.protocolId()) && p.settings().delivery() == Delivery.GROUP);
        if (!groupFormat) {
            problems.add("group.format.unknown");
        }
        if (measures.instruments().stream().noneMatch(i -> i.id().equals(settings.checkInInstrument()))) {
            problems.add("group.instrument.unknown");
        }
        RuleViolation.throwIfAny(problems);
    }

    private static GroupSettings cleaned(GroupSettings s) {
        return new GroupSettings(Objects.requireNonNullElse(Text.clean(s.name()), ""), s.protocolId(),
                s.facilitator(), s.coFacilitator(), s.supervisor(), s.mode(), Text.clean(s.site()), s.day(), s.time(),
                s.startsOn(), s.minMembers(), s.maxMembers(), s.singleSex(), s.youngestAge(), s.oldestAge(),
                s.checkInInstrument());
    }

    private static CompositionRules.Person person(GroupSettings settings, @Nullable Sex sex,
            @Nullable ClientDetails client) {
        return new CompositionRules.Person(sex, CompositionRules.ageIn(settings.startsOn().getYear(),
                client == null ? null : client.birthYear()));
    }

    private static Set<UserId> facilitators(GroupSettings settings) {
        Set<UserId> people = new LinkedHashSet<>();
        people.add(settings.facilitator());
        if (settings.coFacilitator() != null) {
            people.add(settings.coFacilitator());
        }
        return people;
    }

    private static Set<UserId> people(GroupSettings settings) {
        Set<UserId> people = facilitators(settings);
        people.add(settings.supervisor());
        return people;
    }

    private static Set<UserId> difference(Set<UserId> before, Set<UserId> after) {
        Set<UserId> gone = new HashSet<>(before);
        gone.removeAll(after);
        return gone;
    }

    private static Map<UserId, UserSummary> byId(Collection<UserSummary> users) {
        Map<UserId, UserSummary> map = new java.util.HashMap<>();
        users.forEach(u -> map.put(u.id(), u));
        return map;
    }

    private static boolean enabled(Map<UserId, UserSummary> users, UserId id) {
        UserSummary user = users.get(id);
        return user != null && user.enabled();
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }

    private static void requireStaff(CurrentUser user) {
        if (user.role() != Role.CLINICIAN && user.role() != Role.SUPERVISOR) {
            throw new NotFoundException("group");
        }
    }
}
