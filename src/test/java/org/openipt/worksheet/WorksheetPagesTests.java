package org.openipt.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

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

/** The worksheet pages: each kind written through its form, rows added without JavaScript, 422, 409, delete. */
@DatabaseTest
class WorksheetPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    WorksheetService worksheets;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    String base;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = Pages.signIn(mvc, org.email("clinician"));
        base = "/courses/" + org.course() + "/worksheets";
    }

    @Test
    void theEmptyListOffersEachKindAndTheCoursePageLinksToIt() throws Exception {
        String page = page(base);
        assertThat(page).contains("No worksheet has been written for this course yet.")
                .contains("New communication analysis").contains("New decision analysis").contains("New role play")
                .contains("New thing to try at home");
        assertThat(page("/courses/" + org.course())).contains("Open the worksheets").contains("No worksheet yet.");
    }

    @Test
    void aCommunicationAnalysisIsWrittenWithItsTurnsPatternsAndChosenWay() throws Exception {
        String form = page(base + "/new?type=COMMUNICATION_ANALYSIS");
        assertThat(form).contains("What was said, turn by turn").contains("Add a turn")
                .contains("Blamed with &quot;you always&quot;");

        MockHttpServletResponse saved = send(base, "type", "COMMUNICATION_ANALYSIS", "submissionKey",
                UUID.randomUUID().toString(), "title", "Dinner argument", "withWhom", "Sister", "happenedOn",
                "2026-03-01", "turns[0].speaker", "CLIENT", "turns[0].said", "You never call", "turns[1].speaker",
                "OTHER", "turns[1].said", "I am busy", "turns[2].speaker", "CLIENT", "turns[2].said", "",
                "patterns", "ACCUSING_YOU_STATEMENTS", "patterns", "SILENCE_OR_CLOSING_OFF", "alternatives[0]", "",
                "alternatives[1]", "I miss our talks", "chosenAlternative", "1", "version", "0");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(base);
        WorksheetSummary summary = worksheets.worksheets(org.clinician(), org.course(), 0).worksheets().items()
                .getFirst();
        CommunicationAnalysis analysis = (CommunicationAnalysis) worksheets.worksheet(org.clinician(), org.course(),
                summary.id()).content();
        assertThat(analysis.turns()).extracting(Turn::said).containsExactly("You never call", "I am busy");
        assertThat(analysis.patterns()).containsExactlyInAnyOrder(CommunicationPattern.ACCUSING_YOU_STATEMENTS,
                CommunicationPattern.SILENCE_OR_CLOSING_OFF);
        assertThat(analysis.chosen()).isEqualTo("I miss our talks");
        assertThat(page(base)).contains("Dinner argument");
        assertThat(page(base + "/" + summary.id())).contains("You never call").contains("I miss our talks");
    }

    @Test
    void addingATurnShowsTheFormAgainWithOneMoreRowAndSavesNothing() throws Exception {
        MockHttpServletResponse response = send(base, "type", "COMMUNICATION_ANALYSIS", "title", "Kept title",
                "turns[0].said", "First words", "edit", "addTurn", "version", "0");

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("Kept title").contains("First words").contains("Turn 2")
                .doesNotContain("Turn 3");
        assertThat(worksheets.worksheets(org.clinician(), org.course(), 0).worksheets().total()).isZero();

        String moved = send(base, "type", "COMMUNICATION_ANALYSIS", "title", "Kept title", "turns[0].said", "First",
                "turns[1].said", "Second", "edit", "upTurn:1", "version", "0").getContentAsString();
        assertThat(moved.indexOf("Second")).isLessThan(moved.indexOf("First"));
        String removed = send(base, "type", "COMMUNICATION_ANALYSIS", "title", "Kept title", "turns[0].said",
                "First", "turns[1].said", "Second", "edit", "removeTurn:0", "version", "0").getContentAsString();
        assertThat(removed).contains("Second").doesNotContain(">First<").doesNotContain("Turn 2");
    }

    @Test
    void eachOtherKindIsWrittenThroughItsForm() throws Exception {
        assertThat(send(base, "type", "DECISION_ANALYSIS", "submissionKey", UUID.randomUUID().toString(), "title",
                "Move or stay", "problem", "Move in with my sister?", "options[0].option", "Move", "options[0].pros",
                "Company", "options[1].option", "Stay", "chosenOption", "1", "steps", "Tell her", "version", "0")
                .getStatus()).isEqualTo(302);
        assertThat(send(base, "type", "ROLE_PLAY", "submissionKey", UUID.randomUUID().toString(), "title",
                "Asking for a call", "scenario", "Ask for a weekly call", "confidenceBefore", "3", "confidenceAfter",
                "7", "version", "0").getStatus()).isEqualTo(302);
        assertThat(send(base, "type", "WORK_AT_HOME", "submissionKey", UUID.randomUUID().toString(), "title",
                "Sunday call", "description", "Call my sister", "dueOn", "2026-03-08", "status", "NOT_STARTED",
                "version", "0").getStatus()).isEqualTo(302);

        List<WorksheetType> kinds = worksheets.worksheets(org.clinician(), org.course(), 0).worksheets().items()
                .stream().map(WorksheetSummary::type).toList();
        assertThat(kinds).containsExactly(WorksheetType.DECISION_ANALYSIS, WorksheetType.ROLE_PLAY,
                WorksheetType.WORK_AT_HOME);
        assertThat(page(base)).contains("Move or stay").contains("Asking for a call").contains("Sunday call");
    }

    @Test
    void theSameSubmissionSentTwiceWritesOneWorksheet() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            assertThat(send(base, "type", "WORK_AT_HOME", "submissionKey", key, "title", "Sunday call",
                    "description", "Call my sister", "version", "0").getStatus()).isEqualTo(302);
        }
        assertThat(worksheets.worksheets(org.clinician(), org.course(), 0).worksheets().total()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheReasonsAndTheEntryKept() throws Exception {
        MockHttpServletResponse response = send(base, "type", "ROLE_PLAY", "title", "", "scenario",
                "My typed scenario", "confidenceBefore", "12", "version", "0");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Give the worksheet a title.")
                .contains("Confidence is a whole number from 0 to 10.").contains("My typed scenario");

        MockHttpServletResponse chosen = send(base, "type", "DECISION_ANALYSIS", "title", "Decision",
                "options[0].option", "Move", "chosenOption", "4", "version", "0");
        assertThat(chosen.getStatus()).isEqualTo(422);
        assertThat(chosen.getContentAsString()).contains("The option chosen must be one of the options written down.");

        MockHttpServletResponse foreign = send(base, "type", "WORK_AT_HOME", "title", "Task", "description", "Call",
                "relationshipId", UUID.randomUUID().toString(), "version", "0");
        assertThat(foreign.getStatus()).isEqualTo(422);
        assertThat(foreign.getContentAsString()).contains("The person is not in this course&#39;s inventory.");
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsWhatWasTyped() throws Exception {
        WorksheetId id = worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft(
                "Sunday call", WorksheetLinks.NONE, new WorkAtHomeTask("Call", null, TaskStatus.NOT_STARTED, null)));
        assertThat(send(base + "/" + id, "title", "Sunday call", "description", "Call", "status", "DONE",
                "version", "0").getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = send(base + "/" + id, "title", "Sunday call", "description",
                "Typed while someone else saved", "status", "PARTLY", "version", "0");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Typed while someone else saved")
                .contains("Someone else changed this record");
        assertThat(((WorkAtHomeTask) worksheets.worksheet(org.clinician(), org.course(), id).content()).status())
                .isEqualTo(TaskStatus.DONE);
    }

    @Test
    void deletingAsksFirstAndThenRemovesTheWorksheet() throws Exception {
        WorksheetId id = worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft(
                "To delete", WorksheetLinks.NONE, new RolePlay(null, null, null, null, null, null, null)));
        assertThat(page(base + "/" + id + "/delete")).contains("Delete the worksheet &quot;To delete&quot;?")
                .contains("Yes, delete it");

        assertThat(send(base + "/" + id + "/delete", "version", "7").getStatus()).isEqualTo(409);
        MockHttpServletResponse deleted = send(base + "/" + id + "/delete", "version", "0");
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(worksheets.worksheets(org.clinician(), org.course(), 0).worksheets().total()).isZero();
        assertThat(mvc.perform(get(base + "/" + id).session(clinician)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(clinician)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(String path, String... namesAndValues) throws Exception {
        var request = post(path).with(csrf()).session(clinician);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
