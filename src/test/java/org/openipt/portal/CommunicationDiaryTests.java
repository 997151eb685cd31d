package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.shared.NotFoundException;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.TaskStatus;
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
 * The client's communication diary: a difficult conversation written down in the portal becomes a communication
 * analysis on the clinician's worksheets, marked as written by the client; once for a double tap; a clear message
 * and nothing lost without a title; only the client, only that kind of worksheet.
 */
@DatabaseTest
class CommunicationDiaryTests {

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
    void aConversationWrittenByTheClientIsACommunicationAnalysisOnTheClinicianWorksheets() throws Exception {
        String page = pages.page(client, "/me/conversations");
        assertThat(page).contains(pages.text("conversation.intro"));
        String key = field(page, "submissionKey");
        MockHttpServletResponse saved = write(key, "Asking my sister for help");
        MockHttpServletResponse again = write(key, "Asking my sister for help");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/me/conversations");
        assertThat(again.getRedirectedUrl()).isEqualTo("/me/conversations");

        assertThat(worksheets.writtenByClient(org.clinician(), org.course())).singleElement().satisfies(w -> {
            assertThat(w.byClient()).isTrue();
            CommunicationAnalysis analysis = (CommunicationAnalysis) w.content();
            assertThat(analysis.withWhom()).isEqualTo("My sister");
            assertThat(analysis.turns()).extracting(t -> t.speaker()).containsExactly(Speaker.CLIENT, Speaker.OTHER);
            assertThat(analysis.turns().getFirst().felt()).isEqualTo("Small");
            assertThat(analysis.alternatives()).containsExactly("I need you on Sundays, can we plan it?");
        });
        assertThat(pages.page(client, "/me/conversations")).contains("Asking my sister for help")
                .contains("I need you on Sundays, can we plan it?");

        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/worksheets"))
                .contains("Asking my sister for help").contains(pages.text("worksheet.byClient.short"));
        String id = worksheets.writtenByClient(org.clinician(), org.course()).getFirst().id().toString();
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/worksheets/" + id))
                .contains(pages.text("worksheet.byClient"));
    }

    @Test
    void withoutATitleItSaysSoAndKeepsWhatWasWritten() throws Exception {
        String key = field(pages.page(client, "/me/conversations"), "submissionKey");
        MockHttpServletResponse untitled = pages.send(client, "/me/conversations", "submissionKey", key, "title",
                " \u0000 ", "whatISaid", "I said nothing at all", "happenedOn", "2026-02-30");
        assertThat(untitled.getStatus()).isEqualTo(422);
        assertThat(untitled.getContentAsString()).contains("I said nothing at all");
        assertThat(worksheets.writtenByClient(org.clinician(), org.course())).isEmpty();
    }

    @Test
    void onlyTheClientWritesAndOnlyTheirConversations() {
        WorksheetDraft conversation = new WorksheetDraft("A talk", WorksheetLinks.NONE, new CommunicationAnalysis(
                null, null, null, java.util.List.of(), null, null, java.util.Set.of(), java.util.List.of(), null, null,
                null, null));
        assertThatThrownBy(() -> worksheets.writeAsClient(org.clinician(), org.course(), UUID.randomUUID(),
                conversation)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> worksheets.writeAsClient(org.clientUser(), org.course(), UUID.randomUUID(),
                new WorksheetDraft("A task", WorksheetLinks.NONE, new WorkAtHomeTask("Call Ana", null,
                        TaskStatus.values()[0], null)))).isInstanceOf(NotFoundException.class);
        Fixtures.Organisation other = Fixtures.organisation(context);
        assertThatThrownBy(() -> worksheets.writeAsClient(org.clientUser(), other.course(), UUID.randomUUID(),
                conversation)).isInstanceOf(NotFoundException.class);
    }

    private MockHttpServletResponse write(String key, String title) throws Exception {
        return pages.send(client, "/me/conversations", "submissionKey", key, "title", title, "withWhom", "My sister",
                "whatHappened", "I asked her to take Mum on Sundays", "whatISaid", "You never help",
                "whatTheySaid", "That is not fair", "felt", "Small", "meant", "I am exhausted",
                "understood", "That I blame her", "nextTime", "I need you on Sundays, can we plan it?");
    }

    private static String field(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
