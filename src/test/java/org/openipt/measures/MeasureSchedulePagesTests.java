package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The schedule pages: the questionnaires page lists the occasions with a link to give an overdue one, the course
 * page and the caseload show what is wanted (the caseload quietly, not in the alert panel), a clinician changes
 * and restores the course's schedule (422 on a broken one, 409 keeping the entry on a stale one), and an
 * administrator reaches the format's schedule from the format's page.
 */
@DatabaseTest
class MeasureSchedulePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    String schedulePath;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = signIn("clinician");
        schedulePath = "/courses/" + org.course() + "/measures/schedule";
    }

    private MockHttpSession signIn(String who) throws Exception {
        return Pages.signIn(mvc, org.email(who));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = send(get(path), session);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletRequestBuilder schedulePost(String path, String version, String every) {
        return post(path).with(csrf()).param("rows[0].instrumentId", "phq-9").param("rows[0].included", "true")
                .param("rows[0].rule", "EVERY_N_SESSIONS").param("rows[0].every", every)
                .param("rows[0].milestones", "BASELINE").param("version", version);
    }

    @Test
    void theQuestionnairesPageTheCoursePageAndTheCaseloadShowWhatIsOverdue() throws Exception {
        String list = page("/courses/" + org.course() + "/measures", clinician);
        assertThat(list).contains("Measurement schedule").contains("Baseline (first session)").contains("Overdue")
                .contains("Coming up").contains("/courses/" + org.course() + "/measures/new?instrument=phq-9");
        String course = page("/courses/" + org.course(), clinician);
        assertThat(course).contains("A scheduled questionnaire is overdue").contains("Overdue: ")
                .contains("Give the questionnaire");
        String caseload = page("/caseload", clinician);
        assertThat(caseload).contains("Questionnaires: 0 due, 2 overdue");
        assertThat(caseload).doesNotContain("alert-panel");
    }

    @Test
    void anOpenRiskEventComesBeforeTheOverdueMeasureOnTheCoursePage() throws Exception {
        context.getBean(org.openipt.safety.RiskEventService.class).openByHand(org.clinician(), org.course(),
                "Probe disclosure");
        String course = page("/courses/" + org.course(), clinician);
        assertThat(course.indexOf("Open the risk event")).isPositive()
                .isLessThan(course.indexOf("A scheduled questionnaire is overdue"));
    }

    @Test
    void aClinicianChangesRestoresAndIsToldOfABrokenOrStaleSchedule() throws Exception {
        assertThat(page(schedulePath, clinician)).contains("This course follows its format&#39;s schedule.")
                .doesNotContain("Restore the format");
        MockHttpServletResponse broken = send(schedulePost(schedulePath, "0", "1"), clinician);
        assertThat(broken.getStatus()).isEqualTo(422);
        assertThat(broken.getContentAsString()).contains("n must be a whole number from 2 to 52");

        MockHttpServletResponse saved = send(schedulePost(schedulePath, "0", "3"), clinician);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(page(schedulePath, clinician)).contains("This course has a schedule of its own.")
                .contains("Restore the format");

        MockHttpServletResponse stale = send(schedulePost(schedulePath, "0", "5"), clinician);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("value=\"5\"").contains("name=\"version\" value=\"1\"");

        assertThat(send(post(schedulePath + "/restore").with(csrf()).param("version", "0"), clinician).getStatus())
                .isEqualTo(409);
        assertThat(send(post(schedulePath + "/restore").with(csrf()).param("version", "1"), clinician).getStatus())
                .isEqualTo(302);
        assertThat(page(schedulePath, clinician)).contains("This course follows its format&#39;s schedule.");
    }

    @Test
    void anAdministratorEditsTheFormatsScheduleFromTheFormatsPage() throws Exception {
        MockHttpSession admin = signIn("admin");
        String path = "/admin/protocols/" + org.protocol().id() + "/measures";
        assertThat(page("/admin/protocols/" + org.protocol().id(), admin)).contains(path);
        assertThat(page(path, admin)).contains("built-in schedule").contains("<legend>");
        assertThat(send(schedulePost(path, "0", "4"), admin).getStatus()).isEqualTo(302);
        assertThat(page(path, admin)).doesNotContain("built-in schedule");
        assertThat(send(get(path), clinician).getStatus()).isEqualTo(403);
    }

    @Test
    void aSpanishPageNamesTheMilestonesInSpanish() throws Exception {
        String list = mvc.perform(get("/courses/" + org.course() + "/measures").session(clinician)
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Calendario de mediciones");
    }
}
