package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work-at-home tasks the clinician set, as the fixture's client sees them in the portal and says how each went;
 * the clinician's worksheet shows it; a task the clinician changed meanwhile is a conflict that keeps what the
 * client wrote; another course's task is not found.
 */
@DatabaseTest
class TasksTests {

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
    WorksheetId task;

    @BeforeEach
    void aTaskIsSet() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        client = pages.signIn(org.email("client"));
        task = worksheets.create(org.clinician(), org.course(), UUID.randomUUID(), new WorksheetDraft("Call Ana",
                WorksheetLinks.NONE, new WorkAtHomeTask("Phone Ana and ask about Sunday lunch", null,
                        TaskStatus.NOT_STARTED, null)));
    }

    @Test
    void theClientSaysHowATaskWentAndTheClinicianSeesIt() throws Exception {
        assertThat(pages.page(client, "/me")).as("a task not yet tried is on the home page")
                .contains(pages.text("portal.tasksToTry")).contains("Phone Ana and ask about Sunday lunch");
        assertThat(pages.page(client, "/me/tasks")).contains("Phone Ana and ask about Sunday lunch")
                .contains(pages.text("worksheet.status.NOT_STARTED"));
        MockHttpServletResponse reported = pages.send(client, "/me/tasks", "task", task.toString(), "status",
                "PARTLY", "outcome", "I texted her instead of calling", "version", "0");
        assertThat(reported.getRedirectedUrl()).isEqualTo("/me/tasks");
        Worksheet now = worksheets.worksheet(org.clinician(), org.course(), task);
        assertThat(((WorkAtHomeTask) now.content()).status()).isEqualTo(TaskStatus.PARTLY);
        assertThat(((WorkAtHomeTask) now.content()).outcome()).isEqualTo("I texted her instead of calling");
        assertThat(((WorkAtHomeTask) now.content()).description()).isEqualTo("Phone Ana and ask about Sunday lunch");
        assertThat(pages.page(client, "/me")).as("once tried, no longer waiting on the home page")
                .doesNotContain(pages.text("portal.tasksToTry"));

        MockHttpServletResponse stale = pages.send(client, "/me/tasks", "task", task.toString(), "status", "DONE",
                "outcome", "We had lunch", "version", "0");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(pages.text("task.changed")).contains("We had lunch");
    }

    @Test
    void anotherCoursesTaskAndUnknownStatusesAreRefused() throws Exception {
        Fixtures.Organisation other = Fixtures.organisation(context);
        WorksheetId theirs = worksheets.create(other.clinician(), other.course(), UUID.randomUUID(),
                new WorksheetDraft("Walk", WorksheetLinks.NONE, new WorkAtHomeTask("Walk daily", null,
                        TaskStatus.NOT_STARTED, null)));
        assertThat(pages.send(client, "/me/tasks", "task", theirs.toString(), "status", "DONE", "version", "0")
                .getStatus()).isEqualTo(404);
        assertThat(pages.send(client, "/me/tasks", "task", task.toString(), "status", "FINISHED", "version", "0")
                .getStatus()).isEqualTo(400);
    }
}
