package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.DecisionOption;
import org.openipt.worksheet.RolePlay;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "From my sessions": the worksheets the clinician wrote in the sessions, for the client to read again once shared;
 * nothing before; never the tasks (their own page) nor what the client wrote themself (their diaries).
 */
@DatabaseTest
class SessionWorksheetsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;
    MockHttpSession clinician;

    @BeforeEach
    void worksheetsOfEveryKind() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        WorksheetService worksheets = context.getBean(WorksheetService.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft(
                "The dishes <b>again</b>", WorksheetLinks.NONE, new CommunicationAnalysis("Sam", today.minusDays(2),
                        "The kitchen was a mess", List.of(new Turn(Speaker.CLIENT, "So I do everything here?", null,
                                null), new Turn(Speaker.OTHER, "I just got home", null, null)),
                        "I need help on busy days", "That I am angry with him", Set.of(),
                        List.of("Could you do the kitchen on Mondays?"), 0, null, "Ask on Sunday", null)));
        worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft("Evenings",
                WorksheetLinks.NONE, new DecisionAnalysis("How to spend the evenings", List.of(
                        new DecisionOption("Join the choir", "Singing, new people", "Tuesdays are busy"),
                        new DecisionOption("Stay in", "Rest", "Lonely")), 0, "Call the choir leader", null)));
        worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft("Practising",
                WorksheetLinks.NONE, new RolePlay("Asking Sam for help", "herself", "Sam",
                        "I miss us being a team", "Softer voice the second time", 3, 6)));
        worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft("A call",
                WorksheetLinks.NONE, new WorkAtHomeTask("Phone Ana about lunch", null, TaskStatus.NOT_STARTED,
                        null)));
        worksheets.writeAsClient(org.clientUser(), org.course(), UUID.randomUUID(), new WorksheetDraft(
                "My own diary entry", WorksheetLinks.NONE, new CommunicationAnalysis("My brother", today, "I asked",
                        List.of(new Turn(Speaker.CLIENT, "Help me on Sunday?", null, null)), null, null, Set.of(),
                        List.of(), null, null, null, null)));
        client = pages.signIn(org.email("client"));
        clinician = pages.signIn(org.email("clinician"));
    }

    @Test
    void nothingShowsUntilShared() throws Exception {
        assertThat(pages.page(client, "/me/worksheets")).contains(pages.text("sessionWork.notShared"))
                .doesNotContain("Join the choir").doesNotContain("The kitchen was a mess");
    }

    @Test
    void theClientReadsTheSessionsWorksheetsInPlainWordsButNotTasksOrTheirOwnDiary() throws Exception {
        SharingSteps.share(pages, clinician, org.course(), SharedPart.WORKSHEETS);
        String page = pages.page(client, "/me/worksheets");
        assertThat(page).contains("The dishes &lt;b&gt;again&lt;/b&gt;").doesNotContain("<b>again")
                .contains(pages.text("sessionWork.speaker.CLIENT") + ": So I do everything here?")
                .contains("Could you do the kitchen on Mondays?").contains("Ask on Sunday")
                .contains("Join the choir").contains(pages.text("sessionWork.chosenOption"))
                .contains("I miss us being a team").contains(pages.text("sessionWork.confidenceChange", 3, 6));
        assertThat(page).doesNotContain("Phone Ana about lunch").doesNotContain("My own diary entry");
    }
}
