package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.ClientQuestionService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
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
 * Questions for the next session: written by the fixture's client in the portal (once for a double tap, a clear
 * message for an empty one), shown to the clinician on the new-session form, and brought to the next session the
 * client attends (a missed session leaves them open).
 */
@DatabaseTest
class ClientQuestionsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    ClientQuestionService questions;
    @Autowired
    SessionService sessions;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;

    @BeforeEach
    void signIn() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        client = pages.signIn(org.email("client"));
    }

    @Test
    void aQuestionWaitsOnTheSessionFormAndIsBroughtToTheNextSessionAttended() throws Exception {
        String key = field(pages.page(client, "/me/questions"), "submissionKey");
        MockHttpServletResponse asked = pages.send(client, "/me/questions", "submissionKey", key, "question",
                "Can we talk about my sister's visit?");
        pages.send(client, "/me/questions", "submissionKey", key, "question", "Can we talk about my sister's visit?");
        assertThat(asked.getRedirectedUrl()).isEqualTo("/me/questions");
        assertThat(questions.recent(org.clinician(), org.course())).hasSize(1);
        assertThat(pages.page(client, "/me/questions")).contains(pages.text("question.waiting"));

        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/sessions/new"))
                .contains(pages.text("question.forNext")).contains("Can we talk about my sister&#39;s visit?");

        LocalDate today = LocalDate.now(context.getBean(Clock.class)).minusDays(1);
        sessions.recordSession(org.clinician(), org.course(), new SessionEntry(today.atTime(LocalTime.of(9, 0)),
                SessionMode.IN_PERSON, Attendance.NO_SHOW, null, null, null));
        assertThat(questions.recent(org.clinician(), org.course()).getFirst().open()).as("a missed session").isTrue();
        SessionId held = sessions.recordSession(org.clinician(), org.course(), new SessionEntry(
                today.atTime(LocalTime.of(11, 0)), SessionMode.IN_PERSON, Attendance.ATTENDED, null, 6, null));
        assertThat(questions.recent(org.clinician(), org.course()).getFirst().broughtTo()).isEqualTo(held);
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/sessions/new"))
                .doesNotContain(pages.text("question.forNext"));
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/sessions/" + held))
                .contains(pages.text("question.broughtHere"));
        assertThat(pages.page(client, "/me/questions")).contains(pages.text("question.brought"));
    }

    @Test
    void anEmptyOrOverlongQuestionGetsAClearMessage() throws Exception {
        String key = field(pages.page(client, "/me/questions"), "submissionKey");
        MockHttpServletResponse empty = pages.send(client, "/me/questions", "submissionKey", key, "question",
                " \u0000\u202e ");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains(pages.text("question.required"));
        MockHttpServletResponse overlong = pages.send(client, "/me/questions", "submissionKey", key, "question",
                "why ".repeat(300));
        assertThat(overlong.getStatus()).isEqualTo(422);
        assertThat(overlong.getContentAsString()).contains(pages.text("question.tooLong")).contains("why why");
        assertThat(questions.recent(org.clinician(), org.course())).isEmpty();
    }

    private static String field(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
