package org.openipt.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.Phase;
import org.openipt.course.PhaseTransition;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.ProblemArea;
import org.openipt.groups.internal.GroupStore;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipRole;
import org.openipt.measures.MeasuresService;
import org.openipt.timeline.MoodSeverity;
import org.openipt.timeline.TimelineService;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.safety.RiskEventService;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A group as a lay counsellor runs it: set up under a supervisor, members joining with their own courses (the
 * composition enforced with a message), sessions recording attendance and check-ins into each member's course, a
 * risk answer reaching the supervisor by e-mail, phases following the format, moving and leaving, outcomes on the
 * page; reached only by its facilitators and supervisor.
 */
@DatabaseTest
class GroupsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    GroupService groups;
    @Autowired
    GroupSessionService groupSessions;
    @Autowired
    CourseService courses;
    @Autowired
    SessionService sessions;
    @Autowired
    RiskEventService riskEvents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Pages pages;
    Fixtures.Organisation org;
    Protocol who;
    LocalDate today;

    @BeforeEach
    void organisation() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        who = context.getBean(ProtocolCatalog.class).protocolByCode(org.id(), "GROUP_IPT_WHO");
        today = LocalDate.now(clock);
    }

    @Test
    void aFacilitatorSetsUpAGroupOnThePageAndTheFormNamesWhatIsMissing() throws Exception {
        MockHttpSession counsellor = pages.signIn(org.email("clinician"));
        assertThat(pages.page(counsellor, "/groups")).contains(pages.text("groups.none"));
        MockHttpServletResponse refused = pages.send(counsellor, "/groups", "name", "", "mode", "SITE",
                "checkInInstrument", "phq-9", "minMembers", "9", "maxMembers", "8");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(pages.text("group.format.required"))
                .contains(pages.text("group.day.required")).contains(pages.text("group.supervisor.required"));

        MockHttpServletResponse created = pages.send(counsellor, "/groups", "name", "Tuesday women, <Kisoro>",
                "protocol", who.id().toString(), "facilitator", org.clinician().id().toString(), "supervisor",
                org.supervisor().id().toString(), "mode", "SITE", "site", "Kisoro village hall", "day", "TUESDAY",
                "time", "10:00", "startsOn", today.toString(), "minMembers", "2", "maxMembers", "3", "singleSex",
                "FEMALE", "checkInInstrument", "phq-9", "version", "0");
        assertThat(created.getRedirectedUrl()).startsWith("/groups/");
        String page = pages.page(counsellor, created.getRedirectedUrl());
        assertThat(page).contains("Tuesday women, &lt;Kisoro&gt;").contains(pages.text("group.members.none"))
                .contains(pages.text("group.belowMinimum", 0, 2));

        String groupPath = created.getRedirectedUrl();
        MockHttpServletResponse man = pages.send(counsellor, groupPath + "/members", "name", "Peter", "birthYear",
                "1980", "sex", "MALE");
        assertThat(man.getStatus()).isEqualTo(422);
        assertThat(man.getContentAsString()).contains(pages.text("group.member.otherSex")).contains("Peter");
        assertThat(pages.send(counsellor, groupPath + "/members", "name", "Grace", "birthYear", "1990", "sex",
                "FEMALE").getRedirectedUrl()).isEqualTo(groupPath);
        assertThat(pages.page(counsellor, groupPath)).contains("Grace")
                .contains(pages.text("group.runSession", 1, 8));

        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        assertThat(pages.page(supervisor, groupPath)).contains("Grace")
                .doesNotContain(pages.text("group.runSession", 1, 8));
        assertThat(pages.send(supervisor, groupPath + "/members", "name", "Ann", "sex", "FEMALE").getStatus())
                .as("the supervisor reads, the facilitators run").isEqualTo(404);
        MockHttpSession outsider = pages.signIn(org.email("other"));
        assertThat(pages.open(outsider, groupPath).getStatus()).isEqualTo(404);
        assertThat(pages.page(outsider, "/groups")).doesNotContain("Tuesday women");
    }

    @Test
    void sessionsRecordAttendanceAndCheckInsInEachMembersCourseAndTheCoursesFollowTheFormat() throws Exception {
        CurrentUser counsellor = org.clinician();
        GroupId group = group(counsellor, today.minusWeeks(2));
        GroupMemberId grace = groups.addMember(counsellor, group, new NewMember(null, "Grace", 1990, Sex.FEMALE));
        GroupMemberId joy = groups.addMember(counsellor, group, new NewMember(null, "Joy", 1985, Sex.FEMALE));
        GroupMemberId ruth = groups.addMember(counsellor, group, new NewMember(null, "Ruth", 1979, Sex.FEMALE));
        Map<GroupMemberId, GroupMember> members = byId(group);

        UUID key = UUID.randomUUID();
        GroupSessionEntry first = new GroupSessionEntry(key, 1, today.minusWeeks(2).atTime(10, 0),
                SessionMode.IN_PERSON, true, "Good energy", List.of(
                        checkIn(grace, true, phq9(2, 0), "Argued with my sister", "Talk to her calmly"),
                        checkIn(joy, true, phq9(1, 2), "Felt alone after the funeral", "Visit a neighbour"),
                        checkIn(ruth, false, Map.of(), null, null)));
        GroupSessionId recorded = groupSessions.record(counsellor, group, first);
        assertThat(groupSessions.record(counsellor, group, first)).as("the same submission again").isEqualTo(recorded);

        List<SessionView> graceSessions = sessions.sessions(counsellor, members.get(grace).courseId());
        assertThat(graceSessions).singleElement().satisfies(s -> {
            assertThat(s.attendance()).isEqualTo(Attendance.ATTENDED);
            assertThat(s.intervalHistory()).isEqualTo("Argued with my sister");
        });
        assertThat(sessions.sessions(counsellor, members.get(ruth).courseId())).singleElement()
                .extracting(SessionView::attendance).isEqualTo(Attendance.NO_SHOW);
        assertThat(riskEvents.openEvents(members.get(joy).courseId())).as("Joy's risk answer").hasSize(1);
        assertThat(riskEvents.openEvents(members.get(grace).courseId())).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from notification where kind = 'RISK_OPENED' and recipient_id = ?")
                .param(org.supervisor().id().value()).query(Long.class).single() == 1);
        assertThat(course(members.get(joy)).phase()).isEqualTo(Phase.INITIAL);

        groupSessions.record(counsellor, group, new GroupSessionEntry(UUID.randomUUID(), 2,
                today.minusWeeks(1).atTime(10, 0), SessionMode.IN_PERSON, true, null, List.of(
                        checkIn(grace, true, phq9(1, 0), "We talked, it went better", "Ask her for help"),
                        checkIn(joy, false, Map.of(), null, null),
                        checkIn(ruth, false, Map.of(), null, null))));
        CourseSummary graceCourse = course(members.get(grace));
        assertThat(graceCourse.phase()).as("group session 2 is in the middle phase").isEqualTo(Phase.MIDDLE);
        assertThat(graceCourse.override()).isNotNull();
        assertThat(graceCourse.override().reason()).contains("Tuesday women");
        assertThat(course(members.get(ruth)).phase()).as("absent members follow the group too").isEqualTo(Phase.MIDDLE);

        GroupPage page = groups.page(counsellor, group);
        MemberLine graceLine = page.members().stream().filter(l -> l.name().equals("Grace")).findFirst().orElseThrow();
        assertThat(graceLine.outcome().baseline().total()).isEqualTo(16);
        assertThat(graceLine.outcome().latest().total()).isEqualTo(8);
        assertThat(graceLine.outcome().response().met()).isTrue();
        MemberLine ruthLine = page.members().stream().filter(l -> l.name().equals("Ruth")).findFirst().orElseThrow();
        assertThat(ruthLine.missed()).isEqualTo(2);
        assertThat(page.outcomes().attendancePercent()).isEqualTo(50);
        assertThat(page.nextSession()).isEqualTo(3);

        MockHttpSession browser = pages.signIn(org.email("clinician"));
        String sheet = pages.page(browser, "/groups/" + group + "/sessions/new");
        assertThat(sheet).contains(pages.text("groupSession.title", 3, 8)).contains(pages.text("groupGuide.welcome.MIDDLE"))
                .contains(pages.text("groupSession.lastOption", "Ask her for help"))
                .contains(pages.text("groupSession.missedBefore", 2));
        MockHttpServletResponse unmarked = pages.send(browser, "/groups/" + group + "/sessions", "submissionKey",
                UUID.randomUUID().toString(), "number", "3", "heldAt", today.atStartOfDay().toString(),
                "members[0].member", grace.toString(), "members[0].present", "true", "members[1].member",
                joy.toString(), "members[2].member", ruth.toString(), "members[2].present", "false");
        assertThat(unmarked.getStatus()).isEqualTo(422);
        assertThat(unmarked.getContentAsString()).contains(pages.text("groupSession.attendance.unmarked"));
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameMomentStoreOneSession() throws Exception {
        CurrentUser counsellor = org.clinician();
        GroupId group = group(counsellor, today.minusWeeks(1));
        GroupMemberId grace = groups.addMember(counsellor, group, new NewMember(null, "Grace", 1990, Sex.FEMALE));
        GroupSessionEntry entry = new GroupSessionEntry(UUID.randomUUID(), 1, today.minusWeeks(1).atTime(10, 0),
                SessionMode.IN_PERSON, false, null, List.of(checkIn(grace, true, phq9(1, 0), null, null)));
        List<CompletableFuture<GroupSessionId>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> groupSessions.record(counsellor, group, entry)));
        }
        assertThat(racing.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from group_session where group_id = ?").param(group.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from measure_response where course_id = ?")
                .param(byId(group).get(grace).courseId().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMemberMovesWithTheirHistoryAndAnotherLeavesWithAReason() {
        CurrentUser counsellor = org.clinician();
        GroupId tuesday = group(counsellor, today.minusWeeks(1));
        GroupId thursday = group(counsellor, today.minusWeeks(1));
        GroupMemberId grace = groups.addMember(counsellor, tuesday, new NewMember(null, "Grace", 1990, Sex.FEMALE));
        GroupMemberId joy = groups.addMember(counsellor, tuesday, new NewMember(null, "Joy", 1985, Sex.FEMALE));
        GroupMember before = byId(tuesday).get(grace);
        assertThatThrownBy(() -> groups.addMember(counsellor, thursday, new NewMember(before.clientId(), null, null,
                Sex.FEMALE))).isInstanceOf(RuleViolation.class).hasMessageContaining("group.member.alreadyInAGroup");

        groups.moveMember(counsellor, tuesday, grace, thursday);
        GroupMember moved = byId(thursday).values().iterator().next();
        assertThat(moved.courseId()).isEqualTo(before.courseId());
        assertThat(byId(tuesday).get(grace).state()).isEqualTo(MemberState.MOVED);

        assertThatThrownBy(() -> groups.memberLeaves(counsellor, tuesday, joy, PhaseTransition.DROP_OUT, " ",
                today)).isInstanceOf(RuleViolation.class).hasMessageContaining("group.leave.reasonRequired");
        groups.memberLeaves(counsellor, tuesday, joy, PhaseTransition.DROP_OUT, "Moved to the city", today);
        GroupMember left = byId(tuesday).get(joy);
        assertThat(left.state()).isEqualTo(MemberState.LEFT);
        assertThat(course(left).phase()).isEqualTo(Phase.DROPPED_OUT);
        assertThat(course(left).exitReason()).isEqualTo("Moved to the city");

        assertThatThrownBy(() -> groups.page(org.otherClinician(), tuesday)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> groups.page(org.admin(), tuesday)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePreGroupSessionGoesIntoTheMembersOwnCourseOnce() throws Exception {
        CurrentUser counsellor = org.clinician();
        GroupId group = group(counsellor, today.plusDays(3));
        GroupMemberId grace = groups.addMember(counsellor, group, new NewMember(null, "Grace", 1990, Sex.FEMALE));
        GroupMember member = byId(group).get(grace);
        MockHttpSession browser = pages.signIn(org.email("clinician"));
        String path = "/groups/" + group + "/members/" + grace + "/pre-group";
        assertThat(pages.page(browser, path)).contains(pages.text("preGroup.title", "Grace"))
                .contains(pages.text("preGroup.area.ROLE_DISPUTE"));
        MockHttpServletResponse noStage = pages.send(browser, path, "heldAt", today.atStartOfDay().toString(), "mode",
                "IN_PERSON", "area", "ROLE_DISPUTE", "people[0].name", "Ruth");
        assertThat(noStage.getStatus()).isEqualTo(422);
        assertThat(noStage.getContentAsString()).contains(pages.text("preGroup.stage.required")).contains("Ruth");

        List<String> form = new ArrayList<>(List.of("heldAt", today.atStartOfDay().toString(), "mode", "IN_PERSON",
                "onset", today.minusMonths(3).toString().substring(0, 7), "severity", "MODERATE", "whatWasHappening",
                "Her sister stopped speaking to her", "area", "ROLE_DISPUTE", "disputeStage", "IMPASSE",
                "people[0].name", "Ruth", "people[0].role", "SIBLING", "people[0].ring", "INNER", "people[1].name", "",
                "people[2].name", "Joy", "people[2].role", "FRIEND", "people[2].ring", "MIDDLE", "goal",
                "To speak with my sister again"));
        phq9(2, 0).forEach((item, code) -> form.addAll(List.of("answers[" + item + "]", code)));
        assertThat(pages.send(browser, path, form.toArray(String[]::new)).getRedirectedUrl())
                .isEqualTo("/groups/" + group);

        assertThat(sessions.sessions(counsellor, member.courseId())).singleElement().satisfies(s -> {
            assertThat(s.attendance()).isEqualTo(Attendance.ATTENDED);
            assertThat(s.number()).isEqualTo(1);
        });
        assertThat(course(member).phase()).isEqualTo(Phase.INITIAL);
        assertThat(context.getBean(InventoryService.class).inventory(counsellor,
                member.courseId()).relationships()).extracting(r -> r.fields().alias()).containsExactly("Ruth", "Joy");
        var formulation = context.getBean(FormulationService.class).formulation(counsellor,
                member.courseId());
        assertThat(formulation.focalAreas()).singleElement().extracting(a -> a.area())
                .isEqualTo(ProblemArea.ROLE_DISPUTE);
        assertThat(formulation.goals()).singleElement().extracting(g -> g.description())
                .isEqualTo("To speak with my sister again");
        assertThat(context.getBean(TimelineService.class).timeline(counsellor,
                member.courseId()).episodes()).hasSize(1);
        assertThat(context.getBean(MeasuresService.class).responses(counsellor,
                member.courseId(), 0).responses().items()).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(16));
        assertThat(byId(group).get(grace).preGroupOn()).isEqualTo(today);
        assertThat(pages.page(browser, "/groups/" + group)).contains(pages.text("group.preGroupOn", today.toString()));
        GroupMemberId joy = groups.addMember(counsellor, group, new NewMember(null, "Joy", 1985, Sex.FEMALE));
        assertThatThrownBy(() -> context.getBean(PreGroupService.class).record(counsellor, group, joy,
                new PreGroupEntry(today.atStartOfDay(), SessionMode.IN_PERSON, Map.of(), java.time.YearMonth.of(1, 1),
                        MoodSeverity.MILD, null, ProblemArea.GRIEF, null, List.of(new PreGroupEntry.KeyPerson(
                                "\u0000\u0001", RelationshipRole.FRIEND,
                                ClosenessRing.OUTER)), null)))
                .as("control characters only are no name; a month in the year 1 is no onset")
                .isInstanceOf(RuleViolation.class).satisfies(f -> assertThat(((RuleViolation) f).messageKeys())
                        .containsExactly("preGroup.onset.tooEarly", "preGroup.people.name"));
        assertThatThrownBy(() -> context.getBean(PreGroupService.class).record(counsellor, group, grace,
                new PreGroupEntry(today.atStartOfDay(), SessionMode.IN_PERSON, Map.of(), null, null, null,
                        ProblemArea.GRIEF, null, List.of(), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("preGroup.alreadyRecorded");
    }

    @Test
    void aMissedSessionIsMadeUpAndTheLastSessionEndsTheGroupWithEachMembersDecision() throws Exception {
        CurrentUser counsellor = org.clinician();
        GroupId group = group(counsellor, today.minusWeeks(8));
        GroupMemberId grace = groups.addMember(counsellor, group, new NewMember(null, "Grace", 1990, Sex.FEMALE));
        GroupMemberId joy = groups.addMember(counsellor, group, new NewMember(null, "Joy", 1985, Sex.FEMALE));
        List<GroupSessionId> held = new ArrayList<>();
        for (int number = 1; number <= 7; number++) {
            boolean joyThere = number != 3;
            held.add(groupSessions.record(counsellor, group, new GroupSessionEntry(UUID.randomUUID(), number,
                    today.minusWeeks(8 - number).atTime(10, 0), SessionMode.IN_PERSON, true, null, List.of(
                            checkIn(grace, true, phq9(2, 0), null, null), checkIn(joy, joyThere, Map.of(), null,
                                    null)))));
        }
        MockHttpSession browser = pages.signIn(org.email("clinician"));
        String makeUp = "/groups/" + group + "/members/" + joy + "/make-ups/" + held.get(2);
        assertThat(pages.page(browser, "/groups/" + group)).contains(pages.text("makeUp.link", 3));
        assertThat(pages.page(browser, makeUp)).contains(pages.text("makeUp.title", 3, "Joy"));
        assertThat(pages.send(browser, makeUp, "heldAt", today.minusWeeks(5).atTime(15, 0).toString(), "mode",
                "PHONE", "note", "Went over the options the group found").getRedirectedUrl())
                .isEqualTo("/groups/" + group);
        assertThat(pages.send(browser, makeUp, "heldAt", today.minusWeeks(5).atTime(16, 0).toString())
                .getStatus()).as("once").isEqualTo(422);
        MemberLine joyLine = groups.page(counsellor, group).members().stream().filter(l -> l.name().equals("Joy"))
                .findFirst().orElseThrow();
        assertThat(List.of(joyLine.missed(), joyLine.madeUp())).containsExactly(1L, 1L);
        assertThat(sessions.sessions(counsellor, byId(group).get(joy).courseId()))
                .filteredOn(s -> s.mode() == SessionMode.PHONE).singleElement()
                .satisfies(s -> assertThat(s.notes()).contains("3"));

        String sheet = pages.page(browser, "/groups/" + group + "/sessions/new");
        assertThat(sheet).contains(pages.text("groupGuide.closing.last")).contains(pages.text("groupSession.relapseSigns"));
        assertThatThrownBy(() -> groupSessions.record(counsellor, group, new GroupSessionEntry(UUID.randomUUID(), 8,
                today.atStartOfDay(), SessionMode.IN_PERSON, true, null, List.of(checkIn(grace, true, phq9(1, 0), null,
                        null), checkIn(joy, false, Map.of(), null, null))))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("groupSession.referral.required");
        groupSessions.record(counsellor, group, new GroupSessionEntry(UUID.randomUUID(), 8, today.atStartOfDay(),
                SessionMode.IN_PERSON, true, null, List.of(new MemberCheckIn(grace, true, phq9(1, 0), null, null, null,
                        null, "Staying in bed and not answering calls", ReferralDecision.NOT_NEEDED),
                        checkIn(joy, false, Map.of(), null, null))));
        assertThat(byId(group).values()).extracting(GroupMember::state).containsOnly(MemberState.COMPLETED);
        assertThat(course(byId(group).get(grace)).phase()).isEqualTo(Phase.TERMINATION);
        GroupPage page = groups.page(counsellor, group);
        assertThat(page.nextSession()).isNull();
        assertThat(pages.page(browser, "/groups/" + group + "/sessions/" + page.held().getLast().id()))
                .contains("Staying in bed and not answering calls")
                .contains(pages.text("groupSession.referral.NOT_NEEDED"));
    }

    private GroupId group(CurrentUser counsellor, LocalDate startsOn) {
        return groups.create(counsellor, new GroupSettings("Tuesday women", who.id(), counsellor.id(), null,
                org.supervisor().id(), MeetingMode.SITE, "Village hall", startsOn.getDayOfWeek(), LocalTime.of(10, 0),
                startsOn, 2, 10, Sex.FEMALE, 16, 70, "phq-9"));
    }

    private Map<GroupMemberId, GroupMember> byId(GroupId group) {
        Map<GroupMemberId, GroupMember> members = new HashMap<>();
        context.getBean(GroupStore.class).members(group)
                .forEach(m -> members.put(m.id(), m));
        return members;
    }

    private CourseSummary course(GroupMember member) {
        return courses.coursesOf(org.clinician(), member.clientId()).stream()
                .filter(c -> c.id().equals(member.courseId())).findFirst().orElseThrow();
    }

    private static MemberCheckIn checkIn(GroupMemberId member, boolean present, Map<String, String> answers,
            String week, String option) {
        return new MemberCheckIn(member, present, answers, week, null, option, null);
    }

    private static Map<String, String> phq9(int usual, int item9) {
        return Fixtures.phq9(usual, item9);
    }
}
