package org.openipt.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseService;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The assessment and formulation pages answer refusals with the reasons and the entry kept. */
@DatabaseTest
class FormulationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    ProtocolCatalog protocols;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    MockHttpSession clinician;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = Pages.signIn(mvc, org.email("clinician"));
    }

    @Test
    void aStaleAssessmentIsAConflictWithTheEntryKept() throws Exception {
        MockHttpServletResponse response = send("/courses/" + org.course() + "/assessment", "diagnosis",
                "Typed while someone else saved", "version", "3");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Typed while someone else saved")
                .contains("Someone else changed this record");
    }

    @Test
    void aDisputeWithoutAStageIsRefusedWithTheReason() throws Exception {
        MockHttpServletResponse response = send("/courses/" + org.course() + "/formulation/areas", "area",
                "ROLE_DISPUTE");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Choose the stage of the dispute.");
    }

    @Test
    void aDisputesStageChangesByItsOwnFormAndTheSameStageIsRefusedWithTheReason() throws Exception {
        String areas = "/courses/" + org.course() + "/formulation/areas";
        MockHttpServletResponse added = send(areas, "area", "ROLE_DISPUTE", "stage", "IMPASSE", "disputeWith",
                "Her sister");
        assertThat(added.getStatus()).isEqualTo(302);
        String area = added.getRedirectedUrl();
        String page = mvc.perform(get(area).session(clinician)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(area + "/stage", "Change the stage", "Her sister");

        MockHttpServletResponse same = send(area + "/stage", "stage", "IMPASSE", "version", "0");
        assertThat(same.getStatus()).isEqualTo(422);
        assertThat(same.getContentAsString()).contains("The dispute is at this stage already");
        MockHttpServletResponse changed = send(area + "/stage", "stage", "RENEGOTIATION", "version", "0");
        assertThat(changed.getRedirectedUrl()).isEqualTo("/courses/" + org.course() + "/formulation");
        assertThat(mvc.perform(get(changed.getRedirectedUrl()).session(clinician)).andReturn().getResponse()
                .getContentAsString()).contains("Stage now: Renegotiation");
    }

    @Test
    void movingAnywayNeedsAReasonWhichTheCoursePageThenShows() throws Exception {
        long version = coursePages.course(org.clinician(), org.course()).course().version();
        MockHttpServletResponse refused = send("/courses/" + org.course() + "/move-anyway", "move", "BEGIN_MIDDLE",
                "reason", " ", "version", String.valueOf(version));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Write why the course moves on");

        MockHttpServletResponse moved = send("/courses/" + org.course() + "/move-anyway", "move", "BEGIN_MIDDLE",
                "reason", "Started the focused work at the client's request", "version", String.valueOf(version));
        assertThat(moved.getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/courses/" + org.course()).session(clinician)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Middle phase").contains("Started the focused work at the client&#39;s request")
                .contains("Middle phase began with the checklist overridden")
                .containsPattern("Phases began</span>:\\s*<span>Initial phase on \\d{4}-\\d{2}-\\d{2}</span>; "
                        + "<span>Middle phase on \\d{4}-\\d{2}-\\d{2}</span>");
    }

    @Test
    void adolescentsAreGivenTheLimitedSickRoleAndLayFormatsUsePlainLabels() throws Exception {
        Protocol adolescents = protocols.protocolByCode(org.id(), "IPT_A");
        CourseId course = courses.start(org.clinician(), org.client(), adolescents.id(), new ContractTerms(12,
                adolescents.settings().cadence(), adolescents.settings().sessionMinutes(),
                LocalDate.now(clock)));
        String page = mvc.perform(get("/courses/" + course + "/assessment").session(clinician)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Day the limited sick role was given");

        Protocol group = protocols.protocolByCode(org.id(), "GROUP_IPT_WHO");
        CourseId groupCourse = courses.start(org.clinician(), org.client(), group.id(), new ContractTerms(
                group.settings().defaultSessions(), group.settings().cadence(), group.settings().sessionMinutes(),
                LocalDate.now(clock)));
        String formulation = mvc.perform(get("/courses/" + groupCourse + "/formulation").session(clinician))
                .andReturn().getResponse().getContentAsString();
        assertThat(formulation).contains("Life changes").contains("Loneliness and social isolation")
                .doesNotContain("Interpersonal deficits");
    }

    private MockHttpServletResponse send(String path, String... namesAndValues) throws Exception {
        var request = post(path).with(csrf()).session(clinician);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
