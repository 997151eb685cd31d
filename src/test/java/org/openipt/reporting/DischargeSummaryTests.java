package org.openipt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.audit.AuditAction;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.AssessmentService;
import org.openipt.formulation.DisputeDetail;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.GoalId;
import org.openipt.formulation.MedicationEntry;
import org.openipt.formulation.StageChange;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;
import org.openipt.termination.TerminationRules;
import org.openipt.termination.TerminationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The discharge summary as a reader gets it: downloaded through the page, opened with PDFBox, and read for what a
 * clinician would check, in English and in Spanish; with its font embedded, without the private notes, refused
 * before the review and to another organisation.
 */
@DatabaseTest
class DischargeSummaryTests {

    private static final String PRIVATE_NOTE = "Private note: zebra umbrella";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SessionService sessionService;
    @Autowired
    AssessmentService assessments;
    @Autowired
    FormulationService formulations;
    @Autowired
    InventoryService inventory;
    @Autowired
    TerminationService terminations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    LocalDate today;

    @BeforeEach
    void aCourseWithItsRecord() throws Exception {
        org = Fixtures.organisation(context);
        clinician = signIn(org.email("clinician"));
        today = LocalDate.now(clock);
        sessionService.recordSession(org.clinician(), org.course(), new SessionEntry(LocalDateTime.of(today.minusDays(2),
                LocalTime.NOON), SessionMode.VIDEO, Attendance.ATTENDED, "A week with more contact", 6, PRIVATE_NOTE));
        FocalAreaId transition = Fixtures.readyForMiddle(context, org.clinician(), org.course(), today.minusDays(3));
        FocalAreaId dispute = formulations.addFocalArea(org.clinician(), org.course(), new FocalAreaEntry(
                new DisputeDetail("Her brother", "Care of their father", "Shared care", "That she does it",
                        List.of(new StageChange(DisputeStage.IMPASSE, today.minusDays(3))))));
        GoalId goal = formulations.addGoal(org.clinician(), org.course(), transition, "Apply for two jobs a week");
        formulations.addGoal(org.clinician(), org.course(), dispute, "Ask her brother for one evening a week");
        assessments.addMedication(org.clinician(), org.course(), new MedicationEntry("Sertraline", "50 mg", "GP",
                today.minusMonths(2), null));
        inventory.add(org.clinician(), org.course(), RelationshipFields.of("Ana <b>", RelationshipRole.SIBLING,
                ClosenessRing.INNER));
        review(goal);
    }

    @Test
    void theSummaryReadsAsTheRecordSays() throws Exception {
        MockHttpServletResponse response = download(clinician);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename=\"discharge-summary-" + org.course().value().toString().substring(0, 8) + "-"
                        + today)
                .doesNotContain("Fixture");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains("Discharge summary", "Fixture Client", "F-1", "Individual IPT")
                .contains("2 of 12")
                .contains("Role transition", "Role dispute", "Impasse", "Stages of the dispute")
                .contains("Apply for two jobs a week", "Partly achieved")
                .contains("Ask her brother for one evening a week", "not reviewed")
                .contains("End of treatment")
                .contains("I look for work again and call my brother")
                .contains("Low ≥ 2 weeks – sleeping all day")
                .contains("Sertraline", "50 mg")
                .contains("Depressive episode, moderate", "6A70.1 (ICD-11)")
                .contains("Ana <b>")
                .contains("Made on", org.clinician().displayName());
        assertThat(text).doesNotContain(PRIVATE_NOTE).doesNotContain("zebra").doesNotContain("A week with more contact");
        LocalDate start = today.minusDays(7);
        assertThat(text).as("a letter names the month").contains(
                start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getDayOfMonth() + ", "
                        + start.getYear());
    }

    @Test
    void theSummaryGivesTheFirstAndLastScoresTheOutcomeRulesAndTheChart() throws Exception {
        String none = text(download(clinician).getContentAsByteArray());
        assertThat(none).contains("Outcomes").contains("No questionnaire was given in this course.");

        MeasuresService measures = context.getBean(MeasuresService.class);
        measures.administer(org.clinician(), org.course(), UUID.randomUUID(), new Administration("phq-9",
                phq9("LA6571-9", "LA6568-5"), org.session()));
        measures.administer(org.clinician(), org.course(), UUID.randomUUID(), new Administration("phq-9",
                phq9("LA6569-3", "LA6568-5"), null));

        String text = text(download(clinician).getContentAsByteArray());
        assertThat(text).contains("First and last complete scores").contains("24 (Severe)").contains("8 (Mild)")
                .contains("Outcome rules at the end of the course")
                .contains("Scores over the course: Patient Health Questionnaire-9 (PHQ-9)");
        assertThat(text).doesNotContain("No questionnaire was given");
    }

    /** A PHQ-9 with the first eight items answered {@code eachOfTheFirstEight} and the ninth {@code ninth}. */
    private static Map<String, String> phq9(String eachOfTheFirstEight, String ninth) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int item = 1; item <= 8; item++) {
            answers.put("phq9-" + item, eachOfTheFirstEight);
        }
        answers.put("phq9-9", ninth);
        return answers;
    }

    @Test
    void controlCharactersAndOverridesStoredBeforeTheBoundaryStillMakeASummary() throws Exception {
        jdbc.sql("update client set display_name = ? where id = ?").param("Fixture\u0001 \u202EClient\u0008")
                .param(org.client().value()).update();

        MockHttpServletResponse response = download(clinician);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response.getContentAsByteArray())).contains("Fixture Client").doesNotContain("\u202E");
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(clinician).getContentAsByteArray())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void inSpanishTheHeadingsAreSpanishWithTheirAccents() throws Exception {
        mvc.perform(post("/language").with(csrf()).session(clinician).param("language", "es"));

        String text = text(download(clinician).getContentAsByteArray());

        assertThat(text).contains("Resumen de alta", "Evaluación", "Formulación", "Áreas focales y objetivos",
                "Plan de prevención de recaídas", "Medicación", "2 de 12", "Elaborado el");
        LocalDate start = today.minusDays(7);
        assertThat(text).as("a letter names the month in Spanish").contains(start.getDayOfMonth() + " de "
                + start.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es")) + " de "
                + start.getYear());
    }

    @Test
    void makingTheSummaryIsAuditedWithoutItsContent() throws Exception {
        download(clinician);

        List<Map<String, Object>> rows = jdbc.sql("select action, detail from audit_record where object_type = "
                + "'DISCHARGE_SUMMARY' and object_id = :course").param("course", org.course().value()).query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(String.valueOf(rows.getFirst().get("action"))).isEqualTo(AuditAction.READ.name());
        assertThat(String.valueOf(rows.getFirst().get("detail"))).contains("history.dischargeSummaryMade")
                .doesNotContain("Sertraline");
    }

    @Test
    void beforeTheReviewThereIsNoSummaryAndThePageSaysWhy() throws Exception {
        Fixtures.Organisation fresh = Fixtures.organisation(context);
        MockHttpSession theirClinician = signIn(fresh.email("clinician"));

        MockHttpServletResponse response = mvc.perform(get("/courses/" + fresh.course() + "/discharge-summary")
                .session(theirClinician)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("Discharge summary not available yet")
                .contains("/courses/" + fresh.course() + "/termination");
        String termination = mvc.perform(get("/courses/" + fresh.course() + "/termination").session(theirClinician))
                .andReturn().getResponse().getContentAsString();
        assertThat(termination).doesNotContain("discharge-summary");
    }

    @Test
    void theTerminationPageLinksToTheSummaryOnceReviewed() throws Exception {
        String page = mvc.perform(get("/courses/" + org.course() + "/termination").session(clinician)).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("/courses/" + org.course() + "/discharge-summary")
                .contains("Download the discharge summary (PDF)");
    }

    @Test
    void anotherOrganisationsCourseIsNotFound() throws Exception {
        Fixtures.Organisation other = Fixtures.organisation(context);

        assertThat(download(signIn(other.email("clinician"))).getStatus()).isEqualTo(404);
        assertThat(download(signIn(other.email("supervisor"))).getStatus()).isEqualTo(404);
    }

    @Test
    void theSupervisorOfTheClinicianMayDownloadItTheClientMayNot() throws Exception {
        assertThat(download(signIn(org.email("supervisor"))).getStatus()).isEqualTo(200);
        assertThat(download(signIn(org.email("client"))).getStatus()).isEqualTo(403);
        assertThat(download(signIn(org.email("other"))).getStatus()).isEqualTo(404);
    }

    private void review(GoalId goal) {
        terminations.recordReview(org.clinician(), org.course(), new ReviewEntry(Map.of(goal, GoalOutcome.PARTLY),
                "The client has a new routine", "I look for work again and call my brother",
                "A little afraid, mostly ready", TerminationDecision.END), TerminationRules.UNSAVED_VERSION);
        terminations.recordPlan(org.clinician(), org.course(), new RelapsePlan("Low ≥ 2 weeks – sleeping all day",
                "Rejections", "Planning the week", "Her brother", "Call a friend", "Call the practice",
                null), TerminationRules.UNSAVED_VERSION);
    }

    private MockHttpServletResponse download(MockHttpSession session) throws Exception {
        return mvc.perform(get("/courses/" + org.course() + "/discharge-summary").session(session)).andReturn()
                .getResponse();
    }

    private MockHttpSession signIn(String email) throws Exception {
        return Pages.signIn(mvc, email);
    }

    static String text(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
