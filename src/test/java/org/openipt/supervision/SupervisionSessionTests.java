package org.openipt.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Supervision sessions: who came, the cases discussed (the dashboard counts the sessions since), decisions and
 * follow-ups that stay on the dashboard until done; refused with clear messages when incomplete; only the
 * supervisor's own team.
 */
@DatabaseTest
class SupervisionSessionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    SupervisionSessionService supervision;
    @Autowired
    SupervisionDashboardService dashboards;
    @Autowired
    Clock clock;

    Pages pages;
    Fixtures.Organisation org;
    LocalDate today;

    @BeforeEach
    void organisation() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        today = LocalDate.now(clock);
    }

    @Test
    void aCaseDiscussedCountsItsSessionsAgainAndAFollowUpStaysUntilDone() throws Exception {
        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        assertThat(pages.page(supervisor, "/supervision/sessions")).contains("Fixture Client")
                .contains(pages.text("supervisionSession.none"));
        MockHttpServletResponse nobody = pages.send(supervisor, "/supervision/sessions", "heldOn", today.toString(),
                "followUps[0].what", "Call the client's GP");
        assertThat(nobody.getStatus()).isEqualTo(422);
        assertThat(nobody.getContentAsString()).contains(pages.text("supervisionSession.counsellors.required"))
                .contains(pages.text("supervisionSession.followUp.dueInvalid")).contains("Call the client&#39;s GP");

        assertThat(pages.send(supervisor, "/supervision/sessions", "heldOn", today.toString(), "counsellors",
                org.clinician().id().toString(), "cases", org.client().toString(), "decisions",
                "Review the safety plan next session", "followUps[0].what", "Check the safety plan with Fixture",
                "followUps[0].dueOn", today.plusDays(7).toString(), "followUps[0].about", org.client().toString())
                .getRedirectedUrl()).isEqualTo("/supervision/sessions");
        String list = pages.page(supervisor, "/supervision/sessions");
        assertThat(list).contains("Review the safety plan next session").contains("Fixture Client");

        DashboardRow row = dashboards.dashboard(org.supervisor(), DashboardFilter.ALL).rows().items().getFirst();
        assertThat(row.everDiscussed()).isTrue();
        assertThat(row.sessionsSinceDiscussed()).isZero();
        context.getBean(SessionService.class).recordSession(org.clinician(), org.course(), new SessionEntry(
                today.atStartOfDay(), SessionMode.IN_PERSON, Attendance.ATTENDED, "Better",
                6, null));
        assertThat(dashboards.dashboard(org.supervisor(), DashboardFilter.ALL).rows().items().getFirst()
                .sessionsSinceDiscussed()).isEqualTo(1);

        Dashboard dashboard = dashboards.dashboard(org.supervisor(), DashboardFilter.ALL);
        assertThat(dashboard.followUps()).singleElement().extracting(FollowUp::what)
                .isEqualTo("Check the safety plan with Fixture");
        assertThat(pages.page(supervisor, "/supervision")).contains("Check the safety plan with Fixture");
        FollowUp followUp = dashboard.followUps().getFirst();
        pages.send(supervisor, "/supervision/follow-ups/" + followUp.id() + "/done", "version", "0");
        assertThat(dashboards.dashboard(org.supervisor(), DashboardFilter.ALL).followUps()).isEmpty();
        assertThat(pages.page(supervisor, "/supervision/sessions")).contains(pages.text(
                "supervisionSession.followUpDoneOn", "Check the safety plan with Fixture", today.toString()));
    }

    @Test
    void onlyTheSupervisorsOwnCounsellorsAndCasesAndNoFutureDay() {
        assertThatThrownBy(() -> supervision.record(org.supervisor(), new SupervisionSessionEntry(today.plusDays(1),
                Set.of(org.otherClinician().id()), Set.of(org.otherClinicianClient()), null, List.of(
                        new SupervisionSessionEntry.NewFollowUp("x", today, org.client())))))
                .isInstanceOf(RuleViolation.class).satisfies(failure -> assertThat(((RuleViolation) failure)
                        .messageKeys()).containsExactly("supervisionSession.heldOn.future",
                                "supervisionSession.counsellors.notYours", "supervisionSession.cases.notYours",
                                "supervisionSession.followUp.dueInvalid", "supervisionSession.followUp.aboutInvalid"));
    }
}
