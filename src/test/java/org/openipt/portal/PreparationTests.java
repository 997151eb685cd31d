package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.DecisionOption;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.openipt.worksheet.WorksheetType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the client prepares for a session besides their conversation diary: a decision thought through (every
 * option first, then the one they lean towards and a first step) and a conversation to practise in a role play.
 * Each becomes a worksheet of its kind on the clinician's list, marked as the client's; once for a double tap; a
 * clear message and nothing lost on a refusal; each page lists only its own kind.
 */
@DatabaseTest
class PreparationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    WorksheetService worksheets;

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
    void aDecisionThoughtThroughIsADecisionAnalysisWithTheOptionLeanedTowards() throws Exception {
        String key = SharingSteps.field(pages.page(client, "/me/decisions"), "submissionKey");
        for (int tap = 0; tap < 2; tap++) {
            MockHttpServletResponse saved = pages.send(client, "/me/decisions", "submissionKey", key,
                    "title", "Where to spend Sundays", "question", "Whether to keep visiting Mum every Sunday",
                    "options[0].option", "Keep going every Sunday", "options[0].cons", "No time for myself",
                    "options[1].option", "", "options[1].pros", "",
                    "options[2].option", "Take turns with my brother", "options[2].pros", "Shared load",
                    "options[3].option", "Visit every other week", "leaning", "2",
                    "firstStep", "Call my brother on Wednesday");
            assertThat(saved.getRedirectedUrl()).isEqualTo("/me/decisions");
        }
        assertThat(worksheets.writtenByClient(org.clinician(), org.course())).as("one for a double tap")
                .singleElement().satisfies(sheet -> {
                    assertThat(sheet.byClient()).isTrue();
                    DecisionAnalysis decision = (DecisionAnalysis) sheet.content();
                    assertThat(decision.options()).extracting(o -> o.option()).containsExactly(
                            "Keep going every Sunday", "Take turns with my brother", "Visit every other week");
                    assertThat(decision.chosen().option()).isEqualTo("Take turns with my brother");
                    assertThat(decision.steps()).isEqualTo("Call my brother on Wednesday");
                });
        assertThat(pages.page(client, "/me/decisions")).contains("Where to spend Sundays")
                .contains(pages.text("sessionWork.chosenOption"));
        assertThat(pages.page(client, "/me/conversations")).doesNotContain("Where to spend Sundays");
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/worksheets"))
                .contains("Where to spend Sundays").contains(pages.text("worksheet.byClient.short"));
    }

    @Test
    void aConversationToPractiseIsARolePlayWithTheConfidenceBefore() throws Exception {
        String key = SharingSteps.field(pages.page(client, "/me/role-plays"), "submissionKey");
        assertThat(pages.send(client, "/me/role-plays", "submissionKey", key, "title", "Asking for a day off",
                "otherPerson", "My manager", "situation", "Monday morning, before the team meeting",
                "whatIWantToSay", "I need Friday off for my mother's appointment", "confidence", "3")
                .getRedirectedUrl()).isEqualTo("/me/role-plays");
        assertThat(worksheets.writtenByClient(org.clinician(), org.course(), WorksheetType.ROLE_PLAY)).singleElement()
                .satisfies(sheet -> {
                    RolePlay rolePlay = (RolePlay) sheet.content();
                    assertThat(rolePlay.clinicianPlays()).isEqualTo("My manager");
                    assertThat(rolePlay.lines()).isEqualTo("I need Friday off for my mother's appointment");
                    assertThat(rolePlay.confidenceBefore()).isEqualTo(3);
                    assertThat(rolePlay.confidenceAfter()).isNull();
                });
        assertThat(pages.page(client, "/me/role-plays")).contains("Asking for a day off")
                .contains(pages.text("sessionWork.confidenceNow", 3));
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameMomentStoreOneWorksheetAndAnswerTheSame() throws Exception {
        java.util.UUID key = java.util.UUID.randomUUID();
        ClientPreparation preparation = context.getBean(ClientPreparation.class);
        WorksheetDraft decision = new WorksheetDraft("Sundays",
                WorksheetLinks.NONE, new DecisionAnalysis("Sundays with Mum", java.util.List.of(
                        new DecisionOption("Take turns", null, null)), 0, null, null));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<WorksheetId> send = () -> {
                start.await();
                return preparation.write(org.clientUser(), key, decision);
            };
            var first = threads.submit(send);
            var second = threads.submit(send);
            start.countDown();
            assertThat(first.get()).isEqualTo(second.get());
        }
        finally {
            threads.shutdown();
        }
        assertThat(worksheets.writtenByClient(org.clinician(), org.course())).hasSize(1);
    }

    @Test
    void controlCharactersAreRefusedOrDroppedAndNothingBreaksThePage() throws Exception {
        String key = SharingSteps.field(pages.page(client, "/me/decisions"), "submissionKey");
        MockHttpServletResponse sent = pages.send(client, "/me/decisions", "submissionKey", key,
                "title", "Sun\u0001days\u202E", "question", "Keep\u0000 going?", "options[0].option", "Go\u0007");
        assertThat(sent.getStatus()).isLessThan(500);
        String page = pages.page(client, "/me/decisions");
        assertThat(page).doesNotContain("\u0000").doesNotContain("\u0001").doesNotContain("\u0007");
    }

    @Test
    void aRefusalSaysWhyAndKeepsWhatWasWritten() throws Exception {
        String key = SharingSteps.field(pages.page(client, "/me/role-plays"), "submissionKey");
        MockHttpServletResponse untitled = pages.send(client, "/me/role-plays", "submissionKey", key, "title", " ",
                "whatIWantToSay", "I would like to be heard", "confidence", "11");
        assertThat(untitled.getStatus()).isEqualTo(422);
        assertThat(untitled.getContentAsString()).contains(pages.text("worksheet.title.required"))
                .contains(pages.text("worksheet.confidence.range")).contains("I would like to be heard");
        MockHttpServletResponse notANumber = pages.send(client, "/me/decisions", "submissionKey", key,
                "title", "Sundays", "options[0].option", "Go", "leaning", "first");
        assertThat(notANumber.getStatus()).isEqualTo(422);
        assertThat(notANumber.getContentAsString()).contains("Sundays");
        assertThat(worksheets.writtenByClient(org.clinician(), org.course())).isEmpty();
    }
}
