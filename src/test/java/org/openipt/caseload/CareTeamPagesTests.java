package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.identity.CurrentUser;
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

/** The care-team and emergency-access pages: forms, refusals with their reasons, conflicts, banner and audit. */
@DatabaseTest
class CareTeamPagesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    CareTeamService careTeams;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    Pages pages;
    String today;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        pages = new Pages(mvc, messages);
        today = LocalDate.now(clock).toString();
    }

    @Test
    void theClinicianHandsTheirClientOverFromTheCareTeamPageAndReturnsToTheirCaseload() throws Exception {
        CurrentUser successor = Fixtures.colleague(context, org, "successor");
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        String base = "/clients/" + org.client() + "/care-team";

        assertThat(pages.page(clinician, "/clients/" + org.client())).contains(base);
        String page = pages.page(clinician, base);
        assertThat(page).contains(pages.text("careTeam.title", "Fixture Client"),
                pages.text("careTeam.kind.RESPONSIBLE_CLINICIAN"), successor.displayName(),
                pages.text("careTeam.noEnded"));

        MockHttpServletResponse refused = pages.send(clinician, base + "/handover", "clinician",
                successor.id().toString(), "reason", " ", "day", LocalDate.now(clock).plusDays(1).toString());
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(pages.text("careTeam.reason.required"),
                pages.text("careTeam.day.future"));

        MockHttpServletResponse handedOver = pages.send(clinician, base + "/handover", "clinician",
                successor.id().toString(), "reason", "Moving to <another> site", "day", today);
        assertThat(handedOver.getRedirectedUrl()).isEqualTo("/caseload");
        assertThat(pages.open(clinician, base).getStatus()).as("the former clinician").isEqualTo(404);

        MockHttpSession next = pages.signIn(org.email("successor"));
        assertThat(pages.page(next, "/caseload")).contains("Fixture Client");
        assertThat(pages.page(next, base)).contains("Moving to &lt;another&gt; site", org.clinician().displayName());
        assertThat(pages.page(next, "/courses/" + org.course())).contains(pages.text("history.handedOver",
                org.clinician().displayName(), successor.displayName(), today));
    }

    @Test
    void anAdministratorSeesNamesOnlyAddsAndEndsACoClinicianAndAStaleFormIsAConflict() throws Exception {
        CurrentUser co = Fixtures.colleague(context, org, "co");
        MockHttpSession admin = pages.signIn(org.email("admin"));
        String base = "/admin/clients/" + org.client() + "/care-team";
        assertThat(pages.page(admin, "/admin/clients")).contains(base);

        assertThat(pages.send(admin, base + "/members", "clinician", co.id().toString(), "reason",
                "Covers the Friday sessions", "day", today).getRedirectedUrl()).isEqualTo(base);
        String page = pages.page(admin, base);
        assertThat(page).contains(co.displayName(), pages.text("careTeam.kind.CO_CLINICIAN"),
                "Covers the Friday sessions").doesNotContain("/courses/");
        MembershipId membership = careTeams.careTeam(org.admin(), org.client()).members().stream()
                .filter(m -> m.kind() == MembershipKind.CO_CLINICIAN).findFirst().orElseThrow().id();
        String end = base + "/members/" + membership + "/end";
        assertThat(pages.page(admin, end)).contains(pages.text("careTeam.end.intro", co.displayName(),
                "Fixture Client"));
        assertThat(pages.send(admin, end, "reason", "No longer needed", "day", today, "version", "0")
                .getRedirectedUrl()).isEqualTo(base);
        MockHttpServletResponse stale = pages.send(admin, end, "reason", "Again", "day", today, "version", "0");
        assertThat(stale.getStatus()).isIn(404, 409);

        MockHttpServletResponse conflict = pages.send(admin, base + "/handover", "clinician", co.id().toString(),
                "reason", "Leave", "day", today, "responsible", java.util.UUID.randomUUID().toString());
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains(pages.text("error.conflict"), "Leave");
    }

    @Test
    void aClinicianOutsideTheTeamOpensTheRecordInAnEmergencyWithABannerAndAnAuditAdministratorsCanList()
            throws Exception {
        Fixtures.colleague(context, org, "outsider");
        MockHttpSession outsider = pages.signIn(org.email("outsider"));
        assertThat(pages.open(outsider, "/clients/" + org.client()).getStatus()).isEqualTo(404);
        assertThat(pages.page(outsider, "/caseload")).contains("/emergency-access");
        assertThat(pages.page(outsider, "/emergency-access?search=Fi")).contains(
                pages.text("emergency.search.tooShort"));
        String found = pages.page(outsider, "/emergency-access?search=fixture");
        assertThat(found).contains("Fixture Client", "/emergency-access/new?client=" + org.client());
        assertThat(pages.page(outsider, "/emergency-access/new?client=" + org.client()))
                .contains(pages.text("emergency.form.intro", "Fixture Client", 60));

        MockHttpServletResponse noReason = pages.send(outsider, "/emergency-access", "client",
                org.client().toString(), "reason", "");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains(pages.text("emergency.reason.required"));
        assertThat(pages.send(outsider, "/emergency-access", "client", org.client().toString(), "reason",
                "Client called in crisis; clinician on leave").getRedirectedUrl())
                .isEqualTo("/clients/" + org.client());

        String client = pages.page(outsider, "/clients/" + org.client());
        assertThat(client).contains("class=\"emergency-banner\" role=\"alert\"", "Fixture Client");
        assertThat(client).as("read only: no way to change the client or start a course")
                .doesNotContain("/clients/" + org.client() + "/edit", "/clients/" + org.client() + "/courses/new");
        assertThat(pages.page(outsider, "/courses/" + org.course())).contains("emergency-banner");
        assertThat(pages.open(outsider, "/clients/" + org.client() + "/edit").getStatus()).isEqualTo(404);
        assertThat(pages.page(pages.signIn(org.email("clinician")), "/clients/" + org.client()))
                .doesNotContain("emergency-banner");

        MockHttpSession admin = pages.signIn(org.email("admin"));
        String list = pages.page(admin, "/admin/emergency-access");
        assertThat(list).contains("Client called in crisis; clinician on leave", "Fixture Client");
        String access = jdbc.sql("select id from emergency_access where client_id = ?").param(org.client().value())
                .query(String.class).single();
        String trail = pages.page(admin, "/admin/emergency-access/" + access);
        assertThat(trail).contains(pages.text("history.emergencyAccessOpened"), "COURSE", "CLIENT");
        assertThat(jdbc.sql("select count(*) from audit_record where emergency_access_id is not null"
                + " and client_id = ? and user_id <> ?").param(org.client().value()).param(
                        jdbc.sql("select clinician_id from emergency_access where id = cast(? as uuid)")
                                .param(access).query(java.util.UUID.class).single()).query(Long.class).single())
                .as("every row marked is the outsider's").isZero();
    }

    /** Calendar-end days and control characters in the new fields: a clear 4xx or a clean save, never a 500. */
    @Test
    void calendarEndDaysAndControlCharactersGetAClearAnswer() throws Exception {
        CurrentUser successor = Fixtures.colleague(context, org, "successor");
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        String base = "/clients/" + org.client() + "/care-team";
        for (String day : new String[] { "9999-12-31", "0001-01-01", "2026-02-30", "not-a-day" }) {
            MockHttpServletResponse refused = pages.send(clinician, base + "/handover", "clinician",
                    successor.id().toString(), "reason", "Leave", "day", day);
            assertThat(refused.getStatus()).as(day).isIn(400, 422);
            assertThat(refused.getContentAsString()).as(day).doesNotContain("Exception");
        }
        MockHttpServletResponse odd = pages.send(clinician, base + "/members", "clinician",
                successor.id().toString(), "reason", "Cover\u0000 \u202Eweekends\u0007", "day", today);
        assertThat(odd.getStatus()).as("a reason with control characters").isIn(302, 400, 422);
        assertThat(pages.open(clinician, base).getStatus()).as("the page still opens").isEqualTo(200);
    }
}
