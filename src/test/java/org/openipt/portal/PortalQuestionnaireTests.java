package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.ResponseId;
import org.openipt.measures.ScheduledInstrument;
import org.openipt.measures.SelfReportService;
import org.openipt.measures.SelfReportStep;
import org.openipt.safety.RiskEventService;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
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
 * A PHQ-9 the schedule wants, filled in by the fixture's client in the portal one question per screen: the answers
 * kept across sign-ins, a clear message for a missing answer, one response however often it is sent, a risk answer
 * sent at once with the crisis lines, the safety plan and the team's risk event; nothing else reachable.
 */
@DatabaseTest
class PortalQuestionnaireTests {

    static final InstrumentDefinition PHQ9 = InstrumentLibrary.standard().definition("phq-9");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    MeasureSchedules schedules;
    @Autowired
    MeasuresService measures;
    @Autowired
    SelfReportService selfReports;
    @Autowired
    RiskEventService riskEvents;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;

    @BeforeEach
    void phq9IsDue() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        schedules.changeCourseSchedule(org.clinician(), org.course(), new MeasureSchedule(List.of(
                ScheduledInstrument.everyN("phq-9", 2, EnumSet.noneOf(org.openipt.measures.Milestone.class)),
                ScheduledInstrument.everyN("hamd-17", 2, EnumSet.noneOf(org.openipt.measures.Milestone.class)))), 0);
        client = pages.signIn(org.email("client"));
    }

    @Test
    void theClientAnswersOneQuestionPerScreenStopsComesBackAndSendsOnce() throws Exception {
        String home = pages.page(client, "/me");
        assertThat(home).contains("href=\"/me/questionnaires?instrument=phq-9\"").contains(pages.text("portal.due.start"))
                .doesNotContain("hamd-17");
        assertThat(redirect(pages.open(client, "/me/questionnaires?instrument=phq-9")))
                .isEqualTo("/me/questionnaires/question?instrument=phq-9&number=1");

        String first = pages.page(client, "/me/questionnaires/question?instrument=phq-9&number=1");
        assertThat(first).contains(pages.text("selfReport.position", 1, 10)).contains("Little interest or pleasure")
                .contains("Several days").doesNotContain("Feeling down");
        for (int number = 1; number <= 5; number++) {
            assertThat(redirect(answer(client, number, 1)))
                    .isEqualTo("/me/questionnaires/question?instrument=phq-9&number=" + (number + 1));
        }

        MockHttpSession later = pages.signIn(org.email("client"));
        assertThat(pages.page(later, "/me")).contains(pages.text("portal.due.continue"));
        assertThat(redirect(pages.open(later, "/me/questionnaires?instrument=phq-9")))
                .as("goes on at the first question without an answer").endsWith("number=6");
        assertThat(pages.page(later, "/me/questionnaires/question?instrument=phq-9&number=5"))
                .as("an earlier answer is shown chosen").containsPattern("value=\"" + code(5, 1) + "\"\\s+checked");
        for (int number = 6; number <= 9; number++) {
            answer(later, number, number == 9 ? 0 : 2);
        }
        assertThat(redirect(pages.send(later, "/me/questionnaires/question", "instrument", "phq-9", "number", "10",
                "answer", "somewhat"))).as("after the last question, the check").endsWith("/review?instrument=phq-9");

        String review = pages.page(later, "/me/questionnaires/review?instrument=phq-9");
        assertThat(review).contains(pages.text("selfReport.check")).contains("More than half the days")
                .doesNotContain(pages.text("selfReport.someUnanswered"));
        String key = field(review, "submissionKey");
        MockHttpServletResponse sent = pages.send(later, "/me/questionnaires/review", "instrument", "phq-9",
                "submissionKey", key);
        MockHttpServletResponse again = pages.send(later, "/me/questionnaires/review", "instrument", "phq-9",
                "submissionKey", key);
        assertThat(redirect(again)).as("a second tap answers the first response").isEqualTo(redirect(sent));
        assertThat(measures.responses(org.clinician(), org.course(), 0).responses().items()).hasSize(1)
                .first().satisfies(response -> assertThat(response.total()).isEqualTo(5 + 3 * 2));

        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        String list = pages.page(clinician, "/courses/" + org.course() + "/measures");
        assertThat(list).contains(pages.text("measures.byClient.short"));
        String responseId = redirect(sent).substring(redirect(sent).indexOf('=') + 1);
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/measures/" + responseId))
                .contains(pages.text("measures.byClient")).contains("Total 11 of 27");

        String thanks = pages.page(later, redirect(sent));
        assertThat(thanks).contains(pages.text("selfReport.sent.title")).doesNotContain(pages.text("selfReport.risk.title"));
        assertThat(pages.page(later, "/me")).as("nothing is due once it was sent").doesNotContain("instrument=phq-9");
        assertThat(riskEvents.openEvents(org.course())).isEmpty();
    }

    @Test
    void aRiskAnswerIsSentAtOnceAndShowsTheCrisisLinesAndTheSafetyPlanWhileTheTeamSeesTheRiskEvent() throws Exception {
        context.getBean(SafetyPlanService.class).save(org.clinician(), org.course(), new SafetyPlan(
                "Not sleeping for two nights", "A walk by the river", null, "My sister Ana", null, null, "My nephew"), 0);
        for (int number = 1; number <= 8; number++) {
            answer(client, number, 1);
        }
        MockHttpServletResponse riskAnswer = answer(client, 9, 1);
        assertThat(redirect(riskAnswer)).as("no check page first: the response is stored at once")
                .startsWith("/me/questionnaires/sent?response=");

        String page = pages.page(client, redirect(riskAnswer));
        assertThat(page).contains(pages.text("selfReport.risk.told")).contains(pages.text("portal.crisis.notWatched"))
                .contains("988").contains("A walk by the river").contains("My sister Ana");
        assertThat(riskEvents.openEvents(org.course())).hasSize(1);
        assertThat(measures.responses(org.clinician(), org.course(), 0).responses().items()).singleElement()
                .satisfies(response -> assertThat(response.risk()).isTrue());
        assertThat(pages.page(pages.signIn(org.email("clinician")), "/caseload")).contains("Fixture Client")
                .containsIgnoringCase("risk");
    }

    @Test
    void aScreenSentWithoutAnAnswerSaysSoAndKeepsTheEarlierAnswers() throws Exception {
        answer(client, 1, 3);
        MockHttpServletResponse none = pages.send(client, "/me/questionnaires/question", "instrument", "phq-9",
                "number", "2");
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains(pages.text("selfReport.chooseOne"))
                .contains(pages.text("selfReport.position", 2, 10));
        MockHttpServletResponse garbage = pages.send(client, "/me/questionnaires/question", "instrument", "phq-9",
                "number", "2", "answer", "LA6569-3\u0000\u202ex");
        assertThat(garbage.getStatus()).isEqualTo(422);
        assertThat(pages.page(client, "/me/questionnaires/review?instrument=phq-9"))
                .contains("Nearly every day").contains(pages.text("selfReport.someUnanswered"));
    }

    @Test
    void onlyWhatTheScheduleWantsOfTheClientCanBeOpened() throws Exception {
        assertThat(pages.open(client, "/me/questionnaires?instrument=hamd-17").getStatus())
                .as("a clinician's rating").isEqualTo(404);
        assertThat(pages.open(client, "/me/questionnaires?instrument=gad-7").getStatus())
                .as("not in the schedule").isEqualTo(404);
        assertThat(pages.open(client, "/me/questionnaires?instrument=nonsense").getStatus()).isEqualTo(404);
        assertThat(pages.open(client, "/me/questionnaires/question?instrument=phq-9&number=11").getStatus())
                .isEqualTo(404);
        assertThat(pages.open(client, "/me/questionnaires/question?instrument=phq-9&number=0").getStatus())
                .isEqualTo(404);
        assertThat(pages.send(client, "/me/questionnaires/question", "instrument", "hamd-17", "number", "1",
                "answer", "0").getStatus()).isEqualTo(404);
        assertThat(pages.send(client, "/me/questionnaires/review", "instrument", "phq-9", "submissionKey",
                UUID.randomUUID().toString()).getStatus()).as("a key that was never given").isEqualTo(404);
    }

    @Test
    void anotherClientsResponseIsNotFound() throws Exception {
        Fixtures.Organisation other = Fixtures.organisation(context);
        ResponseId theirs = measures.administer(other.clinician(), other.course(), UUID.randomUUID(),
                new org.openipt.measures.Administration("phq-9", java.util.Map.of("phq9-1", code(1, 1)), null));
        assertThat(pages.open(client, "/me/questionnaires/sent?response=" + theirs).getStatus()).isEqualTo(404);
        assertThat(pages.open(client, "/me/questionnaires/sent?response=not-an-id").getStatus()).isEqualTo(400);
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameMomentStoreOneResponse() throws Exception {
        for (int number = 1; number <= 9; number++) {
            selfReports.answer(org.clientUser(), org.course(), "phq-9", number, code(number, number == 9 ? 0 : 1));
        }
        UUID key = selfReports.draft(org.clientUser(), org.course(), "phq-9").submissionKey();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseId>> both = new ArrayList<>();
            Callable<ResponseId> send = () -> {
                start.await();
                return selfReports.submit(org.clientUser(), org.course(), "phq-9", key);
            };
            both.add(threads.submit(send));
            both.add(threads.submit(send));
            start.countDown();
            assertThat(both.get(0).get()).isEqualTo(both.get(1).get());
        }
        finally {
            threads.shutdown();
        }
        assertThat(measures.responses(org.clinician(), org.course(), 0).responses().items()).hasSize(1);
    }

    @Test
    void twoTapsOnOneAnswerAtTheSameMomentKeepIt() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<SelfReportStep> tap = () -> {
                start.await();
                return selfReports.answer(org.clientUser(), org.course(), "phq-9", 1, code(1, 2));
            };
            Future<SelfReportStep> one = threads.submit(tap);
            Future<SelfReportStep> two = threads.submit(tap);
            start.countDown();
            assertThat(List.of(one.get(), two.get())).allSatisfy(step -> assertThat(step).isInstanceOf(SelfReportStep.Saved.class));
        }
        finally {
            threads.shutdown();
        }
        assertThat(selfReports.draft(org.clientUser(), org.course(), "phq-9").answers()).containsValue(code(1, 2))
                .hasSize(1);
    }

    private MockHttpServletResponse answer(MockHttpSession session, int number, int score) throws Exception {
        return pages.send(session, "/me/questionnaires/question", "instrument", "phq-9", "number",
                String.valueOf(number), "answer", code(number, score));
    }

    /** The answer code of PHQ-9 question {@code number} (from 1) that scores {@code score}. */
    private static String code(int number, int score) {
        return PHQ9.items().get(number - 1).options().stream().filter(o -> o.score() != null && o.score() == score)
                .findFirst().orElseThrow().code().code();
    }

    private static String redirect(MockHttpServletResponse response) {
        assertThat(response.getStatus()).as(response.getContentAsByteArray().length + " bytes").isEqualTo(302);
        return response.getRedirectedUrl();
    }

    private static String field(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
