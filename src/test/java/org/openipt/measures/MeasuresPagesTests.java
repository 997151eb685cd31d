package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.shared.fhir.Fhir;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The questionnaire pages: the list and its empty state, the whole PHQ-9 on one page, the result page, 422 on an
 * answer that is not one of the item's choices, the structure-only notice, and the read-aloud mode driven only by
 * form posts (no JavaScript), as a browser would send them.
 */
@DatabaseTest
class MeasuresPagesTests {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    String base;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = signIn("clinician");
        base = "/courses/" + org.course() + "/measures";
    }

    private MockHttpSession signIn(String who) throws Exception {
        return Pages.signIn(mvc, org.email(who));
    }

    @Test
    void theEmptyListOffersEveryInstrumentAndTheCoursePageLinksToIt() throws Exception {
        String page = page(base);
        assertThat(page).contains("No questionnaire has been given in this course yet.")
                .contains("Patient Health Questionnaire-9 (PHQ-9)").contains("Generalized Anxiety Disorder-7 (GAD-7)")
                .contains("instrument=hamd-17").contains("instrument=epds")
                .contains("instrument=phq-9&amp;mode=read-aloud").doesNotContain("instrument=hamd-17&amp;mode");
        assertThat(page("/courses/" + org.course())).contains("Open the questionnaires").contains("No questionnaire yet.");
    }

    @Test
    void thePhq9IsGivenOnOnePageAndItsResultShownAtOnce() throws Exception {
        String form = page(base + "/new?instrument=phq-9");
        assertThat(form).contains("The questions are about the last 2 weeks.")
                .contains("<legend>1. Little interest or pleasure in doing things</legend>")
                .contains("This question is not counted in the total.").contains("Several days (1)")
                .contains("name=\"answers[phq9-difficulty]\"").containsPattern("name=\"submissionKey\" value=\"[0-9a-f-]{36}\"");

        Map<String, String> answers = phq9("LA6570-1", "LA6570-1", "LA6569-3", "LA6569-3", "LA6569-3", "LA6569-3",
                "LA6569-3", "LA6568-5", "LA6568-5");
        answers.put("answers[phq9-difficulty]", "somewhat");
        MockHttpServletResponse saved = send(base, with(answers, "instrument", "phq-9", "submissionKey",
                UUID.randomUUID().toString()));
        assertThat(saved.getStatus()).isEqualTo(302);
        String result = page(saved.getRedirectedUrl());
        assertThat(result).contains("The answers were saved and scored.").contains("Total 9 of 27")
                .contains("Severity: Mild").contains("the answers fit another depressive syndrome")
                .doesNotContain("role=\"alert\"");
        assertThat(page(base)).contains("9, Mild");
        assertThat(page("/courses/" + org.course())).contains("latest total 9 (Mild)");
    }

    @Test
    void theListShowsTheTrajectoryWithItsBandsAndWhatTheOutcomeRulesSaySoFar() throws Exception {
        assertThat(page(base)).doesNotContain("How the course is going");
        String three = "LA6571-9";
        String none = "LA6568-5";
        String one = "LA6569-3";
        send(base, with(phq9(three, three, three, three, three, three, none, none, none), "instrument", "phq-9",
                "submissionKey", UUID.randomUUID().toString()));
        send(base, with(phq9(one, one, one, one, none, none, none, none, none), "instrument", "phq-9",
                "submissionKey", UUID.randomUUID().toString()));

        String page = page(base);
        assertThat(page).contains("How the course is going")
                .contains("role=\"img\"").contains("Scores, phases and life events by date (Patient Health Questionnaire-9 (PHQ-9))")
                .contains("Outcome rules for Patient Health Questionnaire-9 (PHQ-9)")
                .as("the initial phase began at the first session and is marked on the chart")
                .contains("data-phase=\"INITIAL\"");
        assertThat(outcomeRow(page, "Response: the score fell by at least half from baseline")).contains("Met");
        assertThat(outcomeRow(page, "Remission: PHQ-9 score below 5")).contains("Met").contains("phq9-remission-below-5 v1");
        assertThat(outcomeRow(page, "Reliable improvement (NHS Talking Therapies)")).contains("Met");
        assertThat(outcomeRow(page, "Reliable deterioration (NHS Talking Therapies)")).contains("Not met");
        assertThat(page).doesNotContain("Not on track");
    }

    /** The row of the outcome-rules table whose heading starts with {@code rule}. */
    private static String outcomeRow(String page, String rule) {
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">" + Pattern.quote(rule) + ".*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("a row for %s", rule).isTrue();
        return row.group();
    }

    @Test
    void anAnswerThatIsNotOneOfTheItemsChoicesIsRefusedAndNothingIsStored() throws Exception {
        MockHttpServletResponse refused = send(base, with(phq9("LA6570-1", "LA9999-9"), "instrument", "phq-9",
                "submissionKey", UUID.randomUUID().toString()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("An answer is not one of the question")
                .contains("class=\"error-summary\"");
        assertThat(send(base, Map.of("instrument", "phq-9", "submissionKey", UUID.randomUUID().toString()))
                .getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from measure_response where course_id = ?").param(org.course().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRiskAnswerShowsAnAlertAndAnIncompleteResponseNamesWhatIsMissing() throws Exception {
        MockHttpServletResponse saved = send(base, with(Map.of("answers[phq9-1]", "LA6569-3", "answers[phq9-9]",
                "LA6569-3"), "instrument", "phq-9", "submissionKey", UUID.randomUUID().toString()));
        String result = page(saved.getRedirectedUrl());
        assertThat(result).contains("role=\"alert\"").contains("A risk event has been opened for this client")
                .contains("assess the risk").contains("Incomplete: no total")
                .contains("<li>Feeling down, depressed, or hopeless</li>");
        assertThat(page(base)).contains("Incomplete (no total)").contains("Risk question answered above zero");
    }

    @Test
    void thePcl5ResultShowsItsClusters() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            answers.put("answers[pcl5-" + i + "]", "2");
        }
        MockHttpServletResponse saved = send(base, with(answers, "instrument", "pcl-5", "submissionKey",
                UUID.randomUUID().toString()));
        assertThat(page(saved.getRedirectedUrl())).contains("Total 40 of 80").contains("Symptom clusters")
                .contains("Cluster B").contains("The symptom pattern rule is met")
                .contains("at or above the screening cut-off");
    }

    @Test
    void aStructureOnlyInstrumentShowsANoticeAndNoQuestions() throws Exception {
        String page = page(base + "/new?instrument=epds");
        assertThat(page).contains("has not supplied the wording of this questionnaire")
                .doesNotContain("Save the answers").doesNotContain("answers[epds-1]");
        assertThat(send(base, Map.of("instrument", "epds", "answers[epds-1]", "a", "submissionKey",
                UUID.randomUUID().toString())).getStatus()).isEqualTo(422);
    }

    @Test
    void readAloudGoesOneQuestionAtATimeWithoutJavaScriptAndStoresTheSameResult() throws Exception {
        String page = page(base + "/new?instrument=phq-9&mode=read-aloud");
        assertThat(page).contains("Question 1 of 10").contains("Little interest or pleasure in doing things")
                .doesNotContain("Feeling down, depressed").contains("Several days<").doesNotContain("(1)");
        List<String> codes = List.of("LA6570-1", "LA6570-1", "LA6569-3", "LA6569-3", "LA6569-3", "LA6569-3",
                "LA6569-3", "LA6568-5", "LA6568-5", "somewhat");
        List<String> links = List.of("phq9-1", "phq9-2", "phq9-3", "phq9-4", "phq9-5", "phq9-6", "phq9-7", "phq9-8",
                "phq9-9", "phq9-difficulty");
        for (int i = 0; i < links.size(); i++) {
            Map<String, String> fields = hiddenFields(page);
            fields.put("answers[" + links.get(i) + "]", codes.get(i));
            fields.put("go", "next");
            MockHttpServletResponse next = send(base, fields);
            assertThat(next.getStatus()).isEqualTo(200);
            page = next.getContentAsString();
            if (i == 0) {
                // back to the first question: its answer is still chosen
                Map<String, String> back = hiddenFields(page);
                back.put("go", "back");
                String first = send(base, back).getContentAsString();
                assertThat(first).contains("Question 1 of 10").containsPattern("value=\"LA6570-1\"\\s+checked");
            }
        }
        assertThat(page).contains("Check the answers before saving").contains("More than half the days");
        MockHttpServletResponse saved = send(base, hiddenFields(page));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(page(saved.getRedirectedUrl())).contains("Total 9 of 27").contains("Severity: Mild");
        // the same form sent again stores nothing more
        send(base, hiddenFields(page));
        assertThat(jdbc.sql("select count(*) from measure_response where course_id = ?").param(org.course().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSupervisorReadsTheResultsButCannotAdminister() throws Exception {
        MockHttpServletResponse saved = send(base, with(phq9("LA6569-3"), "instrument", "phq-9", "submissionKey",
                UUID.randomUUID().toString()));
        MockHttpSession supervisor = signIn("supervisor");
        assertThat(mvc.perform(get(saved.getRedirectedUrl()).session(supervisor)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse list = mvc.perform(get(base).session(supervisor)).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).doesNotContain("Administer a questionnaire");
        assertThat(mvc.perform(get(base + "/new?instrument=phq-9").session(supervisor)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theFhirExportAnswersABundle() throws Exception {
        MockHttpServletResponse saved = send(base, with(phq9("LA6569-3", "LA6569-3", "LA6569-3", "LA6569-3",
                "LA6569-3", "LA6569-3", "LA6569-3", "LA6569-3", "LA6568-5"), "instrument", "phq-9", "submissionKey",
                UUID.randomUUID().toString()));
        String responseId = saved.getRedirectedUrl().substring(saved.getRedirectedUrl().lastIndexOf('/') + 1);
        MockHttpServletResponse fhir = mvc.perform(get("/api/v1/courses/{c}/measures/{r}/fhir", org.course(),
                responseId).with(httpBasic(org.email("clinician"), Fixtures.PASSWORD)))
                .andReturn().getResponse();
        assertThat(fhir.getStatus()).isEqualTo(200);
        Bundle bundle = Fhir.r4().newJsonParser().parseResource(Bundle.class, fhir.getContentAsString());
        assertThat(bundle.getEntry()).extracting(entry -> entry.getResource().fhirType())
                .containsExactly("QuestionnaireResponse", "Observation");
        assertThat(OfflineFhirValidator.errors(bundle)).as("the Bundle as served passes HAPI's validator").isEmpty();
    }

    private static Map<String, String> phq9(String... codes) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            answers.put("answers[phq9-" + (i + 1) + "]", codes[i]);
        }
        return answers;
    }

    private static Map<String, String> with(Map<String, String> answers, String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>(answers);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The hidden fields of a page, as a browser would send them back. */
    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(page);
        List<String> names = new ArrayList<>();
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find() && !name.group(1).equals("_csrf") && !name.group(1).equals("returnTo")) {
                names.add(name.group(1));
                fields.put(name.group(1), value.find() ? value.group(1) : "");
            }
        }
        return fields;
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(clinician)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(csrf()).session(clinician);
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
