package org.openipt.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.Phase;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSessionEntry;
import org.openipt.groups.GroupSessionService;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.MemberCheckIn;
import org.openipt.groups.NewMember;
import org.openipt.groups.Sex;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.support.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervisor's dashboard over a team with an individual course and a group: every client and member with phase,
 * session k of N, latest score and change, open risk first; filters by counsellor, group, phase and flag; only the
 * supervisor reaches it; and the statements a request costs do not grow with the team.
 */
@DatabaseTest
class SupervisionDashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    SupervisionDashboardService dashboards;
    @Autowired
    Clock clock;

    Pages pages;
    Fixtures.Organisation org;
    LocalDate today;
    GroupId group;
    Map<String, GroupMemberId> members = new HashMap<>();

    @BeforeEach
    void aTeamWithAGroup() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        today = LocalDate.now(clock);
        CurrentUser counsellor = org.clinician();
        GroupService groups = context.getBean(GroupService.class);
        group = groups.create(counsellor, new GroupSettings("Tuesday women", context.getBean(ProtocolCatalog.class)
                .protocolByCode(org.id(), "GROUP_IPT_WHO").id(), counsellor.id(), null, org.supervisor().id(),
                MeetingMode.SITE, "Village hall", today.getDayOfWeek(), LocalTime.of(10, 0), today.minusWeeks(1), 2, 10,
                null, null, null, "phq-9"));
        for (String name : List.of("Grace", "Joy", "Ruth")) {
            members.put(name, groups.addMember(counsellor, group, new NewMember(null, name, 1990, Sex.FEMALE)));
        }
        context.getBean(GroupSessionService.class).record(counsellor, group, new GroupSessionEntry(UUID.randomUUID(),
                1, today.minusWeeks(1).atTime(10, 0), SessionMode.IN_PERSON, true, null, List.of(
                        new MemberCheckIn(members.get("Grace"), true, phq9(2, 0), null, null, null, null),
                        new MemberCheckIn(members.get("Joy"), true, phq9(1, 1), null, null, null, null),
                        new MemberCheckIn(members.get("Ruth"), false, Map.of(), null, null, null, null))));
    }

    @Test
    void everyClientAndMemberOfTheTeamIsThereWithOpenRiskFirst() throws Exception {
        Dashboard dashboard = dashboards.dashboard(org.supervisor(), DashboardFilter.ALL);
        assertThat(dashboard.teamClients()).isEqualTo(4);
        assertThat(dashboard.atRisk()).isEqualTo(1);
        List<DashboardRow> rows = dashboard.rows().items();
        assertThat(rows).extracting(DashboardRow::name).containsExactly("Joy", "Fixture Client", "Grace", "Ruth");
        DashboardRow grace = rows.get(2);
        assertThat(grace.groupName()).isEqualTo("Tuesday women");
        assertThat(grace.phase()).isEqualTo(Phase.INITIAL);
        assertThat(List.of(grace.sessionsHeld(), grace.contractedSessions())).containsExactly(1, 9);
        assertThat(grace.latestScore()).isEqualTo(16);
        assertThat(grace.everDiscussed()).isFalse();
        assertThat(grace.sessionsSinceDiscussed()).isEqualTo(1);
        assertThat(rows.get(0).openRisks()).isEqualTo(1);

        assertThat(dashboards.dashboard(org.supervisor(), new DashboardFilter(null, group, null, null,
                DashboardFilter.Sort.NAME, 0)).rows().items()).extracting(DashboardRow::name)
                .containsExactly("Joy", "Grace", "Ruth");
        assertThat(dashboards.dashboard(org.supervisor(), new DashboardFilter(null, null, null,
                DashboardFilter.Flag.RISK, DashboardFilter.Sort.NAME, 0)).rows().items()).extracting(
                        DashboardRow::name).containsExactly("Joy");
        assertThat(dashboards.dashboard(org.supervisor(), new DashboardFilter(org.otherClinician().id(), null, null,
                null, DashboardFilter.Sort.NAME, 0)).rows().items()).isEmpty();

        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        String page = pages.page(supervisor, "/supervision?flag=RISK");
        assertThat(page).contains("Joy").contains(pages.text("supervision.risk.open", 1)).doesNotContain("Grace");
        assertThat(pages.open(pages.signIn(org.email("clinician")), "/supervision").getStatus()).isEqualTo(403);
    }

    @Test
    void aRequestCostsTheSameStatementsForATeamThreeTimesAsLarge() throws Exception {
        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        int before = SqlStatements.countedIn(() -> pages.page(supervisor, "/supervision?flag=RISK")).statements();
        CaseloadService caseload = context.getBean(CaseloadService.class);
        CourseService courses = context.getBean(CourseService.class);
        SessionService sessions = context.getBean(SessionService.class);
        MeasuresService measures = context.getBean(MeasuresService.class);
        for (int i = 0; i < 8; i++) {
            ClientId client = caseload.register(org.clinician(), new ClientFields("Team client " + i, 1980, null,
                    "en", null));
            CourseId course = courses.start(org.clinician(), client, org.protocol().id(), new ContractTerms(12,
                    org.protocol().settings().cadence(), 50, today.minusWeeks(3)));
            sessions.recordSession(org.clinician(), course, new SessionEntry(LocalDateTime.of(today.minusWeeks(3),
                    LocalTime.NOON), SessionMode.IN_PERSON, Attendance.ATTENDED, null, 5, null));
            measures.administer(org.clinician(), course, UUID.randomUUID(), new Administration("phq-9", phq9(1, 0),
                    null));
        }
        int after = SqlStatements.countedIn(() -> pages.page(supervisor, "/supervision?flag=RISK")).statements();
        assertThat(dashboards.dashboard(org.supervisor(), DashboardFilter.ALL).teamClients()).isEqualTo(12);
        assertThat(after).as("statements for 12 clients against 4").isEqualTo(before);
        assertThat(before).as("a bounded page").isLessThan(40);
    }

    private static Map<String, String> phq9(int usual, int item9) {
        return Fixtures.phq9(usual, item9);
    }
}
