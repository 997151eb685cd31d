package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * One client through a whole individual IPT course, as the clinician records it in a real browser: the sick role,
 * an inventory of four people on the closeness circle, a timeline with a loss before the onset, a role dispute at
 * impasse as the focus, the formulation accepted, the middle phase, a session with its techniques, a communication
 * analysis and a role play, the dispute moving to renegotiation, the termination review deciding on maintenance,
 * the relapse-prevention plan, the course completed, the maintenance course started and the discharge summary
 * downloaded and read. axe checks every page on the way at desktop and phone width.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class WholeCourseIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aClinicianTakesOneClientThroughAWholeCourseAndDownloadsTheDischargeSummary() throws IOException {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneOffset.UTC));
        String yesterday = today.minusDays(1).toString();
        Page page = browser.page();

        signIn(page, organisation.email("clinician"));
        page.navigate(url("/courses/" + organisation.course()));
        assertThat(heading(page, "IPT course of Fixture Client")).isVisible();
        Locator status = page.locator(".status-panel");
        assertThat(status).containsText("Session 1 of 12");

        // The assessment: a diagnosis and the sick role, given yesterday.
        link(page, "Assessment").click();
        page.getByLabel("Diagnosis", new Page.GetByLabelOptions().setExact(true)).fill("Depressive episode, moderate");
        page.getByLabel("Day the sick role was given").fill(yesterday);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The assessment was saved.");
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();

        // The inventory: four people, each placed on a ring chosen from a list.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the inventory and the closeness circle"))
                .click();
        addPerson(page, "Maria", "Brother or sister", "Ring 1 (closest)");
        addPerson(page, "Sam", "Partner", "Ring 1 (closest)");
        addPerson(page, "Mum", "Parent", "Ring 2");
        addPerson(page, "Jo", "Friend", "Ring 3 (furthest)");
        Locator people = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("People in the inventory"));
        assertThat(people.locator("tbody tr")).hasCount(4);
        Locator circle = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Closeness circle"));
        assertThat(circle).isVisible();
        for (String person : new String[] { "Maria", "Sam", "Mum", "Jo" }) {
            assertThat(circle).containsText(person);
        }
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();

        // The timeline: the current episode began two months ago; the loss four months ago is linked to its onset.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the timeline")).click();
        assertThat(heading(page, "Timeline of Fixture Client")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Add a mood episode").click();
        page.getByLabel("Start of the episode").fill(today.minusMonths(2).toString());
        page.getByLabel("Moderate").check();
        page.getByLabel("This is the current episode (its start is the onset)").check();
        browser.checkAccessibilityAtBothWidths(page);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The mood episode was added to the timeline.");
        link(page, "Add a life event").click();
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(today.minusMonths(4).toString());
        page.getByLabel("Kind of event").selectOption(new SelectOption().setLabel("Loss or death"));
        page.getByLabel("What happened").fill("Her aunt, who raised her with her mother, died");
        page.getByLabel("Mum").check();
        page.getByLabel("The client and I link this event to the onset of the current episode").check();
        browser.checkAccessibilityAtBothWidths(page);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The life event was added to the timeline.");
        Locator timeline = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Timeline of life events and mood"));
        assertThat(timeline).isVisible();
        assertThat(timeline.locator("desc")).containsText("one event is linked to its onset");
        Locator rows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Life events and mood in date order"))
                .locator("tbody tr");
        assertThat(rows.first()).containsText("Loss or death: Her aunt, who raised her with her mother, died");
        assertThat(rows.first()).containsText("linked to the onset");
        assertThat(rows.nth(1)).containsText("current episode");
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();

        // The focus: a role dispute with her sister, at impasse; the formulation accepted; one goal.
        link(page, "Formulation and goals").click();
        page.locator("summary", new Page.LocatorOptions().setHasText("Add a focal area")).click();
        page.getByLabel("Role dispute").check();
        page.getByLabel("Stage of the dispute (for a dispute only)").selectOption("IMPASSE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a focal area")).click();
        page.getByLabel("With whom").fill("Maria, her sister");
        page.getByLabel("What the dispute is about").fill("Who cares for their mother");
        save(page);
        assertThat(page.getByText("Stage now: Impasse")).isVisible();
        page.getByLabel("Formulation", new Page.GetByLabelOptions().setExact(true))
                .fill("Your low mood deepened as the arguments with Maria about your mother stalled after your aunt died.");
        page.getByLabel("Day the client accepted it").fill(yesterday);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The formulation was saved.");
        page.getByLabel("Goal", new Page.GetByLabelOptions().setExact(true)).fill("Share the care of Mum with Maria");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a goal")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The goal was added.");
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();

        // The contract agreed, the middle phase opens.
        page.getByLabel("Day the client agreed").fill(yesterday);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the client's agreement")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin the middle phase")).click();
        assertThat(status).containsText("Middle phase");
        browser.checkAccessibilityAtBothWidths(page);

        // A middle-phase session: the dispute worked on, its techniques, the mood linked, the sessions left named.
        link(page, "Record or schedule a session").click();
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(yesterday);
        page.getByLabel("Time", new Page.GetByLabelOptions().setExact(true)).fill("11:00");
        page.getByLabel("Since we last met").fill("Maria cancelled her turn with Mum again; a row on the phone.");
        page.getByLabel("Mood (0–10)").fill("5");
        page.getByLabel("Focal area worked on").selectOption(new SelectOption().setLabel("Role dispute"));
        page.getByLabel("Communication analysis", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Role play", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("The client's mood this week was linked to what happened with people in their life").check();
        page.getByLabel("The number of sessions left was said out loud").check();
        page.getByLabel("Private psychotherapy note").fill("Countertransference: I felt protective of her.");
        browser.checkAccessibilityAtBothWidths(page);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The session was saved.");
        assertThat(status).containsText("Session 2 of 12");

        // The worksheets: a communication analysis of the row, turn by turn, and a role play of the new way.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the worksheets")).click();
        assertThat(heading(page, "Worksheets")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "New communication analysis").click();
        page.getByLabel("Title").fill("The phone call about Mum");
        page.getByLabel("Person in the inventory").selectOption(new SelectOption().setLabel("Maria"));
        page.getByLabel("With whom").fill("Maria");
        page.getByLabel("What happened", new Page.GetByLabelOptions().setExact(true))
                .fill("Maria rang to cancel her weekend with Mum.");
        page.getByLabel("What was said").first().fill("You always find an excuse.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a turn")).click();
        Locator secondTurn = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Turn 2"));
        secondTurn.getByLabel("Who spoke").selectOption(new SelectOption().setLabel("The other person"));
        secondTurn.getByLabel("What was said").fill("And you never ask, you just expect.");
        page.getByLabel("Blamed with \"you always\" or \"you never\" instead of saying how it felt").check();
        page.getByLabel("What the client could say or do instead").first()
                .fill("I'm worn out; could we plan Mum's weekends together?");
        page.getByLabel("The client chose this one").first().check();
        browser.checkAccessibilityAtBothWidths(page);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The worksheet was saved.");
        link(page, "New role play").click();
        page.getByLabel("Title").fill("Asking Maria to plan together");
        page.getByLabel("The situation to practise").fill("Asking Maria to share Mum's weekends");
        page.getByLabel("Confidence before (0 to 10)").fill("3");
        page.getByLabel("Confidence after (0 to 10)").fill("7");
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The worksheet was saved.");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Communication analysis")))
                .containsText("The phone call about Mum");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Role play")))
                .containsText("Asking Maria to plan together");
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();

        // The dispute moves from impasse to renegotiation; both stages stay in its history.
        link(page, "Formulation and goals").click();
        link(page, "Details of this area").click();
        page.getByLabel("Stage of the dispute now").selectOption("RENEGOTIATION");
        page.getByLabel("Since (if the stage changed)").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the stage")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The stage of the dispute was changed.");
        assertThat(page.getByText("Stage now: Renegotiation")).isVisible();
        Locator stages = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Stages of the dispute"));
        assertThat(stages).containsText("Impasse");
        assertThat(stages).containsText("Renegotiation");
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();

        // Termination: the review decides on maintenance, the plan is written, the course completes.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin the termination phase")).click();
        assertThat(status).containsText("Phase: Termination");
        link(page, "Ending the course").click();
        assertThat(heading(page, "Ending the course")).isVisible();
        String terminationPage = page.url();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Share the care of Mum with Maria"))
                .getByLabel("Achieved", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Outcome of the focal area").fill("They renegotiated: alternate weekends with Mum.");
        page.getByLabel("What changed, in the client's own words").fill("I can ask for help without a fight.");
        page.getByLabel("Maintenance IPT").check();
        page.locator("#review-heading ~ form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The termination review was saved.");
        page.getByLabel("Warning signs").fill("Sleeping badly; avoiding Maria's calls");
        page.getByLabel("Steps to take").fill("Call Maria and plan the month; book a booster session.");
        page.locator("#plan-heading ~ form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The relapse-prevention plan was saved.");
        browser.checkAccessibilityAtBothWidths(page);
        link(page, "Back to the course").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the course")).click();
        assertThat(status).containsText("Completed");

        // Maintenance IPT starts in one step from the review's decision.
        link(page, "Ending the course").click();
        page.getByLabel("Day of the first maintenance session").fill(today.plusDays(28).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the maintenance course")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The maintenance course was started.");
        assertThat(status).containsText("Maintenance");
        browser.checkAccessibilityAtBothWidths(page);

        // The discharge summary of the completed course: downloaded, opened, read.
        page.navigate(terminationPage);
        Download download = page.waitForDownload(() -> link(page, "Download the discharge summary (PDF)").click());
        Assertions.assertThat(download.suggestedFilename()).startsWith("discharge-summary-").endsWith(".pdf")
                .doesNotContain("Fixture");
        String text;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        Assertions.assertThat(text).contains("Fixture Client", "Depressive episode, moderate", "2 of 12",
                "Role dispute", "Maria, her sister", "Impasse", "Renegotiation",
                "Share the care of Mum with Maria", "Achieved", "Maintenance IPT",
                "I can ask for help without a fight.", "Sleeping badly; avoiding Maria's calls",
                "Closeness circle", "Timeline of life events and mood")
                .doesNotContain("Countertransference");

        // The same pages in Spanish, checked by axe at both widths.
        String course = terminationPage.replaceAll("/termination$", "");
        page.navigate(course);
        page.getByLabel("Language").selectOption(new SelectOption().setLabel("Español"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        for (String part : new String[] { "", "/assessment", "/inventory", "/timeline", "/formulation", "/worksheets",
                "/termination" }) {
            page.navigate(course + part);
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            browser.checkAccessibilityAtBothWidths(page);
        }
    }

    private void signIn(Page page, String email) {
        Browser.signIn(page, url(""), email);
        assertThat(heading(page, "Caseload")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void addPerson(Page page, String alias, String relationship, String ring) {
        link(page, "Add a person").click();
        page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true)).fill(alias);
        page.getByLabel("Relationship", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(relationship));
        page.getByLabel("Ring", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(ring));
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The person was added to the inventory.");
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }
}
