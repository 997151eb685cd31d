package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.SessionService;
import org.openipt.formulation.FocalAreaId;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The session form records the focal area, techniques, checks, who took part and the private note; the client's
 * own pages and the JSON API never show the private note.
 */
@DatabaseTest
class SessionPagesTests {

    private static final String PRIVATE = "Countertransference: I felt impatient";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SessionService sessionService;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    LocalDate today;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = signedIn("clinician");
        today = LocalDate.now(clock);
    }

    @Test
    void aSessionIsRecordedWithEverythingAndThePrivateNoteStaysWithTheClinician() throws Exception {
        FocalAreaId area = Fixtures.readyForMiddle(context, org.clinician(), org.course(), today);
        String form = mvc.perform(get("/courses/" + org.course() + "/sessions/new").session(clinician)).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("Focal area worked on").contains("Role transition").contains("Role play")
                .contains("Private psychotherapy note").contains("11 of 12 sessions are left")
                .doesNotContain("Who took part");

        MockHttpServletResponse saved = send("/courses/" + org.course() + "/sessions", "date",
                today.minusDays(1).toString(), "time", "10:00", "mode", "IN_PERSON", "attendance", "ATTENDED",
                "moodRating", "6", "notes", "Practised asking for help", "focalAreaId", area.toString(),
                "techniques", "ROLE_PLAY", "techniques", "DECISION_ANALYSIS", "moodLinkedToEvents", "true",
                "sessionsLeftNamed", "true", "privateNote", PRIVATE);
        assertThat(saved.getStatus()).isEqualTo(302);

        SessionView session = sessionService.sessions(org.clinician(), org.course()).getLast();
        assertThat(session.techniques()).containsExactly(Technique.DECISION_ANALYSIS, Technique.ROLE_PLAY);
        assertThat(session.focalAreaId()).isEqualTo(area.value());
        assertThat(session.moodLinkedToEvents()).isTrue();
        assertThat(session.sessionsLeftNamed()).isTrue();

        String coursePage = page(clinician, "/courses/" + org.course());
        assertThat(coursePage).contains("Role transition").doesNotContain(PRIVATE);
        assertThat(page(clinician, "/courses/" + org.course() + "/sessions/" + session.id())).contains(PRIVATE);

        MockHttpSession supervisor = signedIn("supervisor");
        assertThat(page(supervisor, "/courses/" + org.course() + "/sessions/" + session.id()))
                .doesNotContain(PRIVATE).doesNotContain("Private psychotherapy note");

        MockHttpSession client = signedIn("client");
        assertThat(page(client, "/me")).doesNotContain(PRIVATE);
        for (String path : new String[] { "/api/v1/courses/" + org.course(),
                "/api/v1/courses/" + org.course() + "/sessions",
                "/api/v1/courses/" + org.course() + "/sessions/" + session.id() }) {
            for (String who : new String[] { "clinician", "supervisor" }) {
                MockHttpServletResponse api = api(path, who);
                assertThat(api.getStatus()).as(who + " " + path).isEqualTo(200);
                assertThat(api.getContentAsString()).contains("Practised asking for help").doesNotContain(PRIVATE)
                        .doesNotContain("privateNote");
            }
            MockHttpServletResponse asClient = api(path, "client"); // the API is for staff
            assertThat(asClient.getStatus()).as("client " + path).isEqualTo(403);
            assertThat(asClient.getContentAsString()).doesNotContain(PRIVATE);
        }
    }

    @Test
    void aForeignFocalAreaOrAnUnnamedCaregiverIs422WithTheEntryKept() throws Exception {
        Fixtures.Organisation other = Fixtures.organisation(context);
        FocalAreaId foreign = Fixtures.readyForMiddle(context, other.clinician(), other.course(), today);
        MockHttpServletResponse refused = send("/courses/" + org.course() + "/sessions", "date",
                today.minusDays(1).toString(), "time", "10:00", "mode", "IN_PERSON", "attendance", "ATTENDED",
                "focalAreaId", foreign.toString(), "privateNote", "Kept while refused");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Choose one of this course").contains("Kept while refused");

        MockHttpServletResponse badTechnique = send("/courses/" + org.course() + "/sessions", "date",
                today.minusDays(1).toString(), "time", "10:00", "mode", "IN_PERSON", "attendance", "ATTENDED",
                "techniques", "HYPNOSIS");
        assertThat(badTechnique.getStatus()).isEqualTo(422);
    }

    private MockHttpServletResponse api(String path, String who) throws Exception {
        return mvc.perform(get(path).with(httpBasic(org.email(who), Fixtures.PASSWORD))).andReturn().getResponse();
    }

    private String page(MockHttpSession who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpSession signedIn(String who) throws Exception {
        return Pages.signIn(mvc, org.email(who));
    }

    private MockHttpServletResponse send(String path, String... namesAndValues) throws Exception {
        var request = post(path).with(csrf()).session(clinician);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
