package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.ClientQuestionService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.TransitionDetail;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.Milestone;
import org.openipt.measures.OfflineFhirValidator;
import org.openipt.measures.ScheduledInstrument;
import org.openipt.measures.SelfReportService;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
import org.openipt.shared.fhir.Fhir;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.timeline.MoodDiaryEntry;
import org.openipt.timeline.MoodDiaryService;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.Turn;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My data" for a client with something of everything: the FHIR Bundle passes HAPI's validator offline and holds
 * their questionnaire, diary, question, conversation, task, shared plan and goal and safety plan; the PDF reads the
 * same; neither holds the clinician's session notes or private note; the downloads are not cached and their names
 * say nothing about health.
 */
@DatabaseTest
class MyDataTests {

    static final String PRIVATE_NOTE = "Countertransference: felt protective (private note)";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;

    @BeforeEach
    void somethingOfEverything() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        context.getBean(SessionService.class).recordSession(org.clinician(), org.course(), new SessionEntry(
                today.minusDays(2).atTime(LocalTime.of(9, 0)), SessionMode.VIDEO, Attendance.ATTENDED,
                "Talked about the move (session note)", 5, "Clinician's note about the session"), PRIVATE_NOTE);
        context.getBean(MeasureSchedules.class).changeCourseSchedule(org.clinician(), org.course(),
                new MeasureSchedule(List.of(ScheduledInstrument.everyN("phq-9", 2, EnumSet.noneOf(Milestone.class)))),
                0);
        SelfReportService selfReports = context.getBean(SelfReportService.class);
        var phq9 = InstrumentLibrary.standard().definition("phq-9");
        for (int number = 1; number <= 10; number++) {
            selfReports.answer(org.clientUser(), org.course(), "phq-9", number,
                    phq9.items().get(number - 1).options().getFirst().code().code());
        }
        selfReports.submit(org.clientUser(), org.course(), "phq-9",
                selfReports.draft(org.clientUser(), org.course(), "phq-9").submissionKey());
        context.getBean(MoodDiaryService.class).write(org.clientUser(), org.course(), UUID.randomUUID(),
                new MoodDiaryEntry(today, 6, "Walked with Ana by the river", "Ana"));
        context.getBean(ClientQuestionService.class).ask(org.clientUser(), org.course(), UUID.randomUUID(),
                "Can we talk about going back to work?");
        WorksheetService worksheets = context.getBean(WorksheetService.class);
        worksheets.writeAsClient(org.clientUser(), org.course(), UUID.randomUUID(), new WorksheetDraft(
                "Asking for help", WorksheetLinks.NONE, new CommunicationAnalysis("My brother", today, "I asked",
                        List.of(new Turn(Speaker.CLIENT, "Can you help on Sunday?", null, null)), "I need help",
                        "That I blame him", java.util.Set.of(), List.of("Could we plan Sundays?"), null, null, null,
                        null)));
        worksheets.writeAsClient(org.clientUser(), org.course(), UUID.randomUUID(), new WorksheetDraft(
                "Which evening class", WorksheetLinks.NONE, new org.openipt.worksheet.DecisionAnalysis(
                        "What to do on Tuesday evenings", List.of(new org.openipt.worksheet.DecisionOption(
                                "Pottery with Ana", "Ana goes", null)), 0, "Ask Ana on Sunday", null)));
        worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft("Call Ana",
                WorksheetLinks.NONE, new WorkAtHomeTask("Phone Ana about lunch", null, TaskStatus.DONE, "We met")));
        context.getBean(SafetyPlanService.class).save(org.clinician(), org.course(), new SafetyPlan(
                "Not sleeping", "A walk by the river", null, "My sister", null, null, "My nephew"), 0);
        FormulationService formulations = context.getBean(FormulationService.class);
        FocalAreaId area = formulations.addFocalArea(org.clinician(), org.course(), new FocalAreaEntry(
                new TransitionDetail("Worker", "Retired", "Colleagues", "Time", "New routine", "Ana")));
        formulations.addGoal(org.clinician(), org.course(), area, "Join the walking group");
        formulations.record(org.clinician(), org.course(), new FormulationEntry("Retiring took away your daily"
                + " company; we will work on building a new routine with people in it.", null, null),
                formulations.formulation(org.clinician(), org.course()).version());
        context.getBean(PortalSharingService.class).change(org.clinician(), org.course(), Sharing.of(SharedPart.FORMULATION, SharedPart.GOALS), 0);
        client = pages.signIn(org.email("client"));
    }

    @Test
    void theFhirBundlePassesHapisValidatorAndHoldsWhatThePortalShowsAndNoNote() throws Exception {
        MockHttpServletResponse download = pages.open(client, "/me/data/my-record.json");
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).startsWith("application/fhir+json");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"my-record.json\"");
        assertThat(download.getHeader("Cache-Control")).contains("no-store");
        String json = download.getContentAsString(StandardCharsets.UTF_8);
        Bundle bundle = Fhir.r4().newJsonParser().parseResource(Bundle.class, json);
        assertThat(OfflineFhirValidator.errors(bundle)).isEmpty();
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Patient", "Encounter",
                "QuestionnaireResponse", "Observation", "Goal", "CarePlan", "Task", "Communication",
                "DocumentReference");
        assertThat(json).contains("Walked with Ana by the river").contains("Can we talk about going back to work?")
                .contains("Join the walking group").contains("Retiring took away your daily company")
                .contains("A walk by the river").contains("Phone Ana about lunch");
        assertThat(new String(java.util.Base64.getDecoder().decode(bundle.getEntry().stream()
                .map(e -> e.getResource()).filter(r -> r instanceof org.hl7.fhir.r4.model.DocumentReference)
                .map(r -> (org.hl7.fhir.r4.model.DocumentReference) r)
                .filter(d -> "Which evening class".equals(d.getDescription())).findFirst().orElseThrow()
                .getContentFirstRep().getAttachment().getDataElement().getValueAsString()),
                StandardCharsets.UTF_8)).contains("Pottery with Ana").contains("I lean towards: Pottery with Ana");
        assertThat(json).doesNotContain("session note").doesNotContain("Clinician's note").doesNotContain(PRIVATE_NOTE)
                .doesNotContain("A calmer week");
    }

    @Test
    void thePdfReadsTheSameWithoutAnyNote() throws Exception {
        assertThat(pages.page(client, "/me/data")).contains(pages.text("myData.intro"));
        MockHttpServletResponse download = pages.open(client, "/me/data/my-record.pdf");
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"my-record.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(download.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("My therapy record").contains("Fixture Client")
                    .contains("Patient Health Questionnaire-9").contains("Walked with Ana by the river")
                    .contains("Can we talk about going back to work?").contains("Join the walking group")
                    .contains("Could we plan Sundays?").contains("A walk by the river").contains("Pottery with Ana");
            assertThat(text).doesNotContain("session note").doesNotContain(PRIVATE_NOTE)
                    .doesNotContain("A calmer week");
        }
    }

    @Test
    void theClinicianDownloadsTheSameRecordForASubjectAccessRequestAndStrangersDoNot() throws Exception {
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.page(clinician, "/clients/" + org.client().value())).contains(pages.text("subjectAccess.pdf"));
        MockHttpServletResponse json = pages.open(clinician, "/clients/" + org.client().value() + "/record.json");
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"client-record.json\"");
        assertThat(json.getHeader("Cache-Control")).contains("no-store");
        Bundle staffCopy = Fhir.r4().newJsonParser().parseResource(Bundle.class,
                json.getContentAsString(StandardCharsets.UTF_8));
        Bundle clientCopy = Fhir.r4().newJsonParser().parseResource(Bundle.class,
                pages.open(client, "/me/data/my-record.json").getContentAsString(StandardCharsets.UTF_8));
        assertThat(staffCopy.getEntry()).extracting(e -> e.getResource().fhirType())
                .as("what the client downloads themself").containsExactlyElementsOf(clientCopy.getEntry().stream()
                        .map(e -> e.getResource().fhirType()).toList());
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("Join the walking group")
                .doesNotContain(PRIVATE_NOTE).doesNotContain("session note");

        MockHttpServletResponse pdf = pages.open(pages.signIn(org.email("supervisor")),
                "/clients/" + org.client().value() + "/record.pdf");
        assertThat(pdf.getStatus()).as("the clinician's supervisor").isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Fixture Client");
        }

        MockHttpServletResponse withoutPortal = pages.open(pages.signIn(org.email("other")),
                "/clients/" + org.otherClinicianClient().value() + "/record.pdf");
        assertThat(withoutPortal.getStatus()).as("a client who never used the portal").isEqualTo(200);
        assertThat(pages.open(pages.signIn(org.email("other")), "/clients/" + org.client().value() + "/record.json")
                .getStatus()).as("a clinician who does not treat the client").isIn(403, 404);
    }
}
