package org.openipt.groups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.groups.CheckIn;
import org.openipt.groups.Group;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMember;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionRecord;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.MemberState;
import org.openipt.groups.ReferralDecision;
import org.openipt.groups.ScreeningDay;
import org.openipt.groups.ScreeningLine;
import org.openipt.groups.ScreeningOutcome;
import org.openipt.groups.Sex;
import org.openipt.identity.UserId;
import org.openipt.measures.ResponseId;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.Conflicts;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage of groups, their members and their sessions (plain SQL through JdbcClient: small tables read whole for one
 * group, so a group page costs the same few statements whatever its history).
 */
@Component
public class GroupStore {

    private static final String GROUP_COLUMNS = "id, protocol_id, name, facilitator_id, co_facilitator_id,"
            + " supervisor_id, meeting_mode, site, meeting_day, meeting_time, starts_on, min_members, max_members,"
            + " single_sex, youngest_age, oldest_age, check_in_instrument, version";
    private static final String MEMBER_COLUMNS = "id, group_id, client_id, course_id, sex, state, joined_on, left_on,"
            + " leave_reason, moved_to, pre_group_on, version";

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GroupId create(UUID organisation, GroupSettings s, UserId by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ipt_group (id, organisation_id, protocol_id, name, facilitator_id, co_facilitator_id,"
                + " supervisor_id, meeting_mode, site, meeting_day, meeting_time, starts_on, min_members, max_members,"
                + " single_sex, youngest_age, oldest_age, check_in_instrument, created_by, created_at, version)"
                + " values (:id, :org, :protocol, :name, :facilitator, :co, :supervisor, :mode, :site, :day, :time,"
                + " :startsOn, :min, :max, :sex, :youngest, :oldest, :instrument, :by, :now, 0)")
                .params(settingsParams(s)).param("id", id).param("org", organisation).param("by", by.value())
                .param("now", Timestamp.from(now)).update();
        return new GroupId(id);
    }

    public void change(UUID organisation, GroupId id, GroupSettings s, long version) {
        int changed = jdbc.sql("update ipt_group set protocol_id = :protocol, name = :name,"
                + " facilitator_id = :facilitator, co_facilitator_id = :co, supervisor_id = :supervisor,"
                + " meeting_mode = :mode, site = :site, meeting_day = :day, meeting_time = :time,"
                + " starts_on = :startsOn, min_members = :min, max_members = :max, single_sex = :sex,"
                + " youngest_age = :youngest, oldest_age = :oldest, check_in_instrument = :instrument,"
                + " version = version + 1 where id = :id and organisation_id = :org and version = :version")
                .params(settingsParams(s)).param("id", id.value()).param("org", organisation)
                .param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("the group changed since it was read");
        }
    }

    public Optional<Group> group(UUID organisation, GroupId id) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from ipt_group where id = ? and organisation_id = ?")
                .params(id.value(), organisation).query(GroupStore::group).optional();
    }

    /** The groups a person facilitates or supervises, by start, newest first. */
    public ResultPage<Group> groupsOf(UUID organisation, UserId person, PageRequestParams page) {
        String where = " from ipt_group where organisation_id = :org and (facilitator_id = :person"
                + " or co_facilitator_id = :person or supervisor_id = :person)";
        List<Group> groups = jdbc.sql("select " + GROUP_COLUMNS + where + " order by starts_on desc, name"
                + " limit :limit offset :offset").param("org", organisation).param("person", person.value())
                .param("limit", page.size()).param("offset", (long) page.page() * page.size())
                .query(GroupStore::group).list();
        long total = jdbc.sql("select count(*)" + where).param("org", organisation).param("person", person.value())
                .query(Long.class).single();
        return new ResultPage<>(groups, page.page(), page.size(), total);
    }

    /** The active members of every group given, by group; one statement. */
    public Map<GroupId, Integer> activeCounts(Collection<GroupId> groups) {
        Map<GroupId, Integer> counts = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            return counts;
        }
        jdbc.sql("select group_id, count(*) as n from group_member where state = 'ACTIVE' and group_id in (:ids)"
                + " group by group_id").param("ids", groups.stream().map(GroupId::value).toList())
                .query((rs, i) -> counts.put(new GroupId(rs.getObject("group_id", UUID.class)), rs.getInt("n")))
                .list();
        return counts;
    }

    /** The group each of these clients is an active member of; one statement. */
    public Map<ClientId, Group> currentGroupsOf(UUID organisation, Collection<ClientId> clients) {
        Map<ClientId, Group> groups = new LinkedHashMap<>();
        if (clients.isEmpty()) {
            return groups;
        }
        jdbc.sql("select m.active_client_id, " + GROUP_COLUMNS.replaceAll("(^|, )", "$1g.") + " from group_member m"
                + " join ipt_group g on g.id = m.group_id where g.organisation_id = :org"
                + " and m.active_client_id in (:clients)").param("org", organisation)
                .param("clients", clients.stream().map(ClientId::value).toList())
                .query((rs, i) -> groups.put(new ClientId(rs.getObject("active_client_id", UUID.class)),
                        group(rs, i))).list();
        return groups;
    }

    public GroupMemberId addMember(UUID organisation, GroupId group, ClientId client, CourseId course,
            @Nullable Sex sex, LocalDate joinedOn, @Nullable LocalDate preGroupOn, Instant now) {
        UUID id = UUID.randomUUID();
        Conflicts.savedOrConflict("the group's members", () -> jdbc.sql("insert into group_member (id,"
                + " organisation_id, group_id, client_id, course_id, sex, state, joined_on, active_client_id,"
                + " pre_group_on, created_at, version) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)")
                .params(id, organisation, group.value(), client.value(), course.value(), sex == null ? null : sex.name(),
                        joinedOn, client.value(), preGroupOn, Timestamp.from(now)).update());
        return new GroupMemberId(id);
    }

    /** Every membership of the group, present and past, in the order they joined. */
    public List<GroupMember> members(GroupId group) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from group_member where group_id = ? order by joined_on, id")
                .param(group.value()).query(GroupStore::member).list();
    }

    public Optional<GroupMember> activeMembershipOf(ClientId client) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from group_member where active_client_id = ?")
                .param(client.value()).query(GroupStore::member).optional();
    }

    /** Every membership of a client, oldest first: the groups they were in, with how each ended. */
    public List<GroupMember> membershipsOf(ClientId client) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from group_member where client_id = ? order by joined_on, id")
                .param(client.value()).query(GroupStore::member).list();
    }

    public void endMembership(GroupMember member, MemberState state, LocalDate on, @Nullable String reason,
            @Nullable GroupId movedTo) {
        int changed = jdbc.sql("update group_member set state = ?, left_on = ?, leave_reason = ?, moved_to = ?,"
                + " active_client_id = null, version = version + 1 where id = ? and version = ?")
                .params(state.name(), on, reason, movedTo == null ? null : movedTo.value(), member.id().value(),
                        member.version()).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("the membership changed since it was read");
        }
    }

    /** Records the day of the member's pre-group session, once: false when it was recorded already. */
    public boolean markPreGroup(GroupMemberId member, LocalDate on) {
        return jdbc.sql("update group_member set pre_group_on = ?, version = version + 1 where id = ?"
                + " and pre_group_on is null").params(on, member.value()).update() == 1;
    }

    public Optional<GroupSessionId> sessionBySubmission(GroupId group, UUID submissionKey) {
        return jdbc.sql("select id from group_session where group_id = ? and submission_key = ?")
                .params(group.value(), submissionKey).query(UUID.class).optional().map(GroupSessionId::new);
    }

    public GroupSessionId addSession(UUID organisation, GroupId group, int number, LocalDateTime heldAt,
            boolean sessionsLeftNamed, @Nullable String notes, UUID submissionKey, UserId by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into group_session (id, organisation_id, group_id, number, held_at, sessions_left_named,"
                + " notes, submission_key, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, organisation, group.value(), number, Timestamp.valueOf(heldAt), sessionsLeftNamed, notes,
                        submissionKey, by.value(), Timestamp.from(now)).update();
        return new GroupSessionId(id);
    }

    public void addCheckIn(GroupSessionId session, CheckIn checkIn) {
        jdbc.sql("insert into group_attendance (group_session_id, member_id, present, course_session_id, response_id,"
                + " week_link, last_option_outcome, option_chosen, relapse_signs, referral_decision)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(session.value(), checkIn.memberId().value(), checkIn.present(),
                        checkIn.courseSession() == null ? null : checkIn.courseSession().value(),
                        checkIn.response() == null ? null : checkIn.response().value(), checkIn.weekLink(),
                        checkIn.lastOptionOutcome(), checkIn.optionChosen(), checkIn.relapseSigns(),
                        checkIn.referral() == null ? null : checkIn.referral().name()).update();
    }

    /** Records that a member made up a missed session, once: false when it was not missed or already made up. */
    public boolean markMadeUp(GroupSessionId session, GroupMemberId member, LocalDate on, SessionId courseSession) {
        return jdbc.sql("update group_attendance set made_up_on = ?, make_up_session_id = ? where group_session_id = ?"
                + " and member_id = ? and present = false and made_up_on is null")
                .params(on, courseSession.value(), session.value(), member.value()).update() == 1;
    }

    /** Every session of the group with its check-ins, by number; two statements. */
    public List<GroupSessionRecord> sessions(GroupId group) {
        Map<UUID, List<CheckIn>> checkIns = new LinkedHashMap<>();
        jdbc.sql("select a.* from group_attendance a join group_session s on s.id = a.group_session_id"
                + " where s.group_id = ?").param(group.value()).query((rs, i) -> checkIns
                        .computeIfAbsent(rs.getObject("group_session_id", UUID.class), k -> new ArrayList<>())
                        .add(checkIn(rs))).list();
        return jdbc.sql("select id, number, held_at, sessions_left_named, notes, recorded_by from group_session"
                + " where group_id = ? order by number").param(group.value())
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new GroupSessionRecord(new GroupSessionId(id), rs.getInt("number"),
                            rs.getTimestamp("held_at").toLocalDateTime(), rs.getBoolean("sessions_left_named"),
                            rs.getString("notes"), new UserId(rs.getObject("recorded_by", UUID.class)),
                            checkIns.getOrDefault(id, List.of()));
                }).list();
    }

    public UUID addScreeningDay(UUID organisation, ScreeningDay day, Instant now) {
        jdbc.sql("insert into screening_day (id, organisation_id, protocol_id, site, held_on, instrument, eligible_from,"
                + " screened_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(day.id(), organisation,
                        day.protocolId().value(), day.site(), day.heldOn(), day.instrument(), day.eligibleFrom(),
                        day.screenedBy().value(), Timestamp.from(now)).update();
        return day.id();
    }

    public Optional<ScreeningDay> screeningDay(UUID organisation, UUID id) {
        return jdbc.sql("select * from screening_day where id = ? and organisation_id = ?").params(id, organisation)
                .query((rs, i) -> screeningDay(rs)).optional();
    }

    /** The screening days a person held, newest first. */
    public List<ScreeningDay> screeningDaysOf(UserId person, int limit) {
        return jdbc.sql("select * from screening_day where screened_by = ? order by held_on desc, created_at desc"
                + " limit ?").params(person.value(), limit).query((rs, i) -> screeningDay(rs)).list();
    }

    public Optional<UUID> screenedBySubmission(UUID day, UUID submissionKey) {
        return jdbc.sql("select id from screening where screening_day_id = ? and submission_key = ?")
                .params(day, submissionKey).query(UUID.class).optional();
    }

    public UUID addScreening(UUID organisation, UUID day, UUID submissionKey, ScreeningLine line) {
        jdbc.sql("insert into screening (id, organisation_id, screening_day_id, submission_key, name, site, sex, age,"
                + " total, outcome, client_id, course_id, screened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(line.id(), organisation, day, submissionKey, line.name(), line.site(),
                        line.sex() == null ? null : line.sex().name(), line.age(), line.total(),
                        line.outcome().name(), line.clientId() == null ? null : line.clientId().value(),
                        line.courseId() == null ? null : line.courseId().value(), Timestamp.from(line.screenedAt()))
                .update();
        return line.id();
    }

    /** Everyone screened on a day, newest first. */
    public List<ScreeningLine> screenings(UUID day) {
        return jdbc.sql("select * from screening where screening_day_id = ? order by screened_at desc, id").param(day)
                .query((rs, i) -> {
                    String sex = rs.getString("sex");
                    UUID client = rs.getObject("client_id", UUID.class);
                    UUID course = rs.getObject("course_id", UUID.class);
                    return new ScreeningLine(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("site"), sex == null ? null : Sex.valueOf(sex),
                            rs.getObject("age", Integer.class), rs.getObject("total", Integer.class),
                            ScreeningOutcome.valueOf(rs.getString("outcome")),
                            client == null ? null : new ClientId(client), course == null ? null : new CourseId(course),
                            rs.getTimestamp("screened_at").toInstant());
                }).list();
    }

    private static ScreeningDay screeningDay(ResultSet rs) throws SQLException {
        return new ScreeningDay(rs.getObject("id", UUID.class), new ProtocolId(rs.getObject("protocol_id", UUID.class)),
                rs.getString("site"), rs.getObject("held_on", LocalDate.class), rs.getString("instrument"),
                rs.getInt("eligible_from"), new UserId(rs.getObject("screened_by", UUID.class)));
    }

    private static Map<String, @Nullable Object> settingsParams(GroupSettings s) {
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        params.put("protocol", s.protocolId().value());
        params.put("name", s.name());
        params.put("facilitator", s.facilitator().value());
        params.put("co", s.coFacilitator() == null ? null : s.coFacilitator().value());
        params.put("supervisor", s.supervisor().value());
        params.put("mode", s.mode().name());
        params.put("site", s.site());
        params.put("day", s.day().name());
        params.put("time", s.time());
        params.put("startsOn", s.startsOn());
        params.put("min", s.minMembers());
        params.put("max", s.maxMembers());
        params.put("sex", s.singleSex() == null ? null : s.singleSex().name());
        params.put("youngest", s.youngestAge());
        params.put("oldest", s.oldestAge());
        params.put("instrument", s.checkInInstrument());
        return params;
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        UUID co = rs.getObject("co_facilitator_id", UUID.class);
        String sex = rs.getString("single_sex");
        return new Group(new GroupId(rs.getObject("id", UUID.class)), new GroupSettings(rs.getString("name"),
                new ProtocolId(rs.getObject("protocol_id", UUID.class)),
                new UserId(rs.getObject("facilitator_id", UUID.class)), co == null ? null : new UserId(co),
                new UserId(rs.getObject("supervisor_id", UUID.class)), MeetingMode.valueOf(rs.getString("meeting_mode")),
                rs.getString("site"), DayOfWeek.valueOf(rs.getString("meeting_day")),
                rs.getObject("meeting_time", LocalTime.class), rs.getObject("starts_on", LocalDate.class),
                rs.getInt("min_members"), rs.getInt("max_members"), sex == null ? null : Sex.valueOf(sex),
                rs.getObject("youngest_age", Integer.class), rs.getObject("oldest_age", Integer.class),
                rs.getString("check_in_instrument")), rs.getLong("version"));
    }

    private static GroupMember member(ResultSet rs, int row) throws SQLException {
        String sex = rs.getString("sex");
        UUID movedTo = rs.getObject("moved_to", UUID.class);
        return new GroupMember(new GroupMemberId(rs.getObject("id", UUID.class)),
                new GroupId(rs.getObject("group_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new CourseId(rs.getObject("course_id", UUID.class)), sex == null ? null : Sex.valueOf(sex),
                MemberState.valueOf(rs.getString("state")), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class), rs.getString("leave_reason"),
                movedTo == null ? null : new GroupId(movedTo), rs.getObject("pre_group_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static CheckIn checkIn(ResultSet rs) throws SQLException {
        UUID session = rs.getObject("course_session_id", UUID.class);
        UUID response = rs.getObject("response_id", UUID.class);
        String referral = rs.getString("referral_decision");
        return new CheckIn(new GroupMemberId(rs.getObject("member_id", UUID.class)), rs.getBoolean("present"),
                session == null ? null : new SessionId(session), response == null ? null : new ResponseId(response),
                rs.getString("week_link"), rs.getString("last_option_outcome"), rs.getString("option_chosen"),
                rs.getString("relapse_signs"), referral == null ? null : ReferralDecision.valueOf(referral),
                rs.getObject("made_up_on", LocalDate.class));
    }
}
