package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * A clinician's first steps in OpenIPT, in a real browser, as a new user would take them: sign in, open the
 * caseload, register a client (after a first empty try), start an individual IPT course with a 12-session contract,
 * record the first session, try to begin the middle phase too early and read why it is refused, record the
 * assessment, a focal area and the accepted formulation, add a first person to the interpersonal inventory (ring
 * chosen from a list, no mouse needed), move them to another ring, keep the intake version and compare it with now,
 * then switch the interface to Spanish. axe checks every page on the way at desktop and phone width.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ClinicianJourneyIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aClinicianRegistersAClientStartsACourseRecordsTheFirstSessionAndReadsWhyTheMiddlePhaseMustWait() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        // The organisation's time zone is UTC: a week ago and yesterday are safely in the past whatever the hour.
        LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneOffset.UTC));
        String courseStart = today.minusDays(7).toString();
        String sessionDay = today.minusDays(1).toString();
        Page page = browser.page();

        // Sign in by e-mail on our own page.
        page.navigate("http://localhost:" + port + "/login");
        assertThat(heading(page, "Sign in")).isVisible();
        assertThat(page).hasTitle(Pattern.compile("^Sign in"));
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("E-mail").fill(organisation.email("clinician"));
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        // The caseload is where a clinician starts.
        assertThat(page).hasURL(Pattern.compile("/caseload$"));
        assertThat(heading(page, "Caseload")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fixture Client"))).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // Register a client: an empty name is refused with an error summary first.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a client")).click();
        assertThat(heading(page, "Register a client")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        Response empty = page.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click());
        Assertions.assertThat(empty.status()).as("a refused form answers 422").isEqualTo(422);
        Locator errors = page.getByRole(AriaRole.ALERT);
        assertThat(errors).containsText("Please correct the following");
        assertThat(errors).containsText("Enter a name or pseudonym.");
        assertThat(heading(page, "Register a client")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Name or pseudonym").fill("Alex Rivera");
        page.getByLabel("Year of birth").fill("1990");
        page.getByLabel("Record number").fill("JOURNEY-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        // The new client's page.
        assertThat(heading(page, "Alex Rivera")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The client was registered.");
        assertThat(page.getByText("No IPT course yet.")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // Start an individual IPT course with a 12-session contract.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an IPT course")).click();
        assertThat(heading(page, "Start an IPT course for Alex Rivera")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Format").selectOption(new SelectOption().setLabel("Individual IPT (8–20 sessions)"));
        page.getByLabel("Number of sessions").fill("12");
        page.getByLabel("How often").selectOption(new SelectOption().setLabel("Weekly"));
        page.getByLabel("Start date").fill(courseStart);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the course")).click();

        // The course page: referred, nothing held yet.
        assertThat(heading(page, "IPT course of Alex Rivera")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The course was started.");
        Locator status = page.locator(".status-panel");
        assertThat(status).containsText("Referred");
        assertThat(status).containsText("Session 0 of 12");
        assertThat(status).containsText("Format: Individual IPT");
        assertThat(page.getByText("No sessions yet.")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // Record session 1: yesterday, attended, with what happened since the last meeting and the mood.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record or schedule a session")).click();
        assertThat(heading(page, "Record or schedule a session")).isVisible();
        assertThat(page.locator("p.progress")).hasText("Session 0 of 12 · 12 sessions left");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(sessionDay);
        page.getByLabel("Time", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
        page.getByLabel("In person").check();
        page.getByLabel("Attended", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Since we last met").fill("Slept badly after an argument with her sister; went back to work.");
        page.getByLabel("Mood (0–10)").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        // Back on the course: session 1 of 12, in the initial phase, with the checklist of the next move.
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The session was saved.");
        assertThat(status).containsText("Session 1 of 12");
        assertThat(status).containsText("11 sessions left");
        assertThat(status).containsText("Initial phase");
        Locator sessions = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sessions of this course"));
        assertThat(sessions).containsText(sessionDay + " 10:00");
        assertThat(sessions).containsText("Attended");
        assertThat(sessions).containsText("4 of 10");
        Locator checklist = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Before the middle phase"));
        assertThat(checklist).isVisible();
        assertThat(checklist.locator("li.unmet")).hasCount(5);
        assertThat(checklist).containsText("Still needed: The client has agreed the treatment contract");
        assertThat(checklist).containsText("Still needed: At least one person is in the interpersonal inventory");
        assertThat(checklist).containsText("Still needed: A diagnosis is recorded and the sick role was given");
        assertThat(checklist).containsText("Still needed: One focal problem area (two at most) is chosen");
        assertThat(checklist).containsText("Still needed: The client accepted the formulation");
        assertThat(checklist.locator("li.met")).hasText("Done: At least one session has been held");
        browser.checkAccessibilityAtBothWidths(page);
        screenshotAtPhoneWidth(page, "course-page-phone-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".png");

        // Begin the middle phase too early: refused, with the reason and the unmet item in view.
        Response refused = page.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> checklist.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Begin the middle phase"))
                        .click());
        Assertions.assertThat(refused.status()).as("a refused move answers 422").isEqualTo(422);
        Locator refusal = page.getByRole(AriaRole.ALERT);
        assertThat(refusal).containsText("Please correct the following");
        assertThat(refusal).containsText("Not yet: every item of the checklist must be done first.");
        assertThat(status).containsText("Initial phase");
        assertThat(checklist.locator("li.unmet")).hasCount(5);
        assertThat(page.locator("summary", new Page.LocatorOptions().setHasText("Move anyway, with a reason")))
                .isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // The assessment: a diagnosis and the day the sick role was given.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assessment").setExact(true)).click();
        assertThat(heading(page, "Assessment")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Diagnosis", new Page.GetByLabelOptions().setExact(true)).fill("Depressive episode, moderate");
        page.getByLabel("Day the sick role was given").fill(sessionDay);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The assessment was saved.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the course")).click();

        // The formulation: a role dispute at impasse as the focus, then the text the client accepted.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Formulation and goals")).click();
        assertThat(heading(page, "Formulation and goals")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.locator("summary", new Page.LocatorOptions().setHasText("Add a focal area")).click();
        page.getByLabel("Role dispute").check();
        page.getByLabel("Stage of the dispute (for a dispute only)").selectOption("IMPASSE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a focal area")).click();
        assertThat(heading(page, "Role dispute")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The focal area was added. Now describe it.");
        page.getByLabel("With whom").fill("Her sister");
        page.getByLabel("What the dispute is about").fill("Who cares for their mother");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The focal area was saved.");
        assertThat(page.getByText("Stage now: Impasse")).isVisible();
        page.getByLabel("Formulation", new Page.GetByLabelOptions().setExact(true))
                .fill("Your low mood grew as the arguments with your sister stalled; we will work on that dispute.");
        page.getByLabel("Day the client accepted it").fill(sessionDay);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The formulation was saved.");
        browser.checkAccessibilityAtBothWidths(page);

        // Back on the course the contract and the inventory are still missing.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the course")).click();
        assertThat(checklist.locator("li.unmet")).hasCount(2);
        assertThat(unmet(checklist, "treatment contract")).hasText("Still needed: The client has agreed the treatment contract");
        browser.checkAccessibilityAtBothWidths(page);

        // The interpersonal inventory, linked from the course page: empty at first.
        Locator inventorySection = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Interpersonal inventory"));
        assertThat(inventorySection).containsText("No one is in the inventory yet.");
        inventorySection.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the inventory and the closeness circle")).click();
        assertThat(heading(page, "Interpersonal inventory of Alex Rivera")).isVisible();
        assertThat(page.getByText("No one is in the inventory yet.")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // Add a person: the form asks for who they are first, and the ring is chosen from a list.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person")).click();
        assertThat(heading(page, "Add a person")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        Response noName = page.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click());
        Assertions.assertThat(noName.status()).as("a refused person answers 422").isEqualTo(422);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter who the person is");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true)).fill("Sam");
        page.getByLabel("Relationship", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Partner"));
        page.getByLabel("Ring", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Ring 1 (closest)"));
        page.getByLabel("This person knows about the depression").selectOption(new SelectOption().setLabel("Yes"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        // The circle and its table: Sam on ring 1, then moved to ring 2 with the list beside their name.
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The person was added to the inventory.");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Closeness circle"))).isVisible();
        Locator people = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("People in the inventory"));
        assertThat(people).containsText("Sam");
        assertThat(people).containsText("Partner");
        assertThat(people).containsText("Ring 1 (closest)");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("New ring for Sam").selectOption(new SelectOption().setLabel("Ring 2"));
        people.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The person was moved to another ring.");
        assertThat(people.locator("tbody tr")).hasCount(1);
        assertThat(people.locator("tbody tr td").nth(1)).hasText("Ring 2");
        screenshotAtPhoneWidth(page, "inventory-page-phone-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".png");

        // Keep the intake version, move Sam back, and compare.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep as the intake version")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The inventory was kept as its intake version.");
        page.getByLabel("New ring for Sam").selectOption(new SelectOption().setLabel("Ring 1 (closest)"));
        people.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare the intake version with now")).click();
        assertThat(heading(page, "Inventory of Alex Rivera: intake and now")).isVisible();
        Locator comparison = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Each person at intake and now"));
        assertThat(comparison).containsText("Changed");
        assertThat(comparison).containsText("(moved closer)");
        browser.checkAccessibilityAtBothWidths(page);

        // Back on the course, only the contract is still needed.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the inventory")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the course")).click();
        assertThat(heading(page, "IPT course of Alex Rivera")).isVisible();
        assertThat(checklist.locator("li.unmet")).hasText("Still needed: The client has agreed the treatment contract");
        assertThat(checklist.locator("li.met")).hasCount(5);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Interpersonal inventory")))
                .containsText("One person is in the inventory.");

        // Switch to Spanish with the picker in the header: the course page answers in Spanish.
        page.getByLabel("Language").selectOption(new SelectOption().setLabel("Español"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(heading(page, "Tratamiento de TIP de Alex Rivera")).isVisible();
        assertThat(status).containsText("Sesión 1 de 12");
        assertThat(status).containsText("Fase inicial");
        Locator lista = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Antes de la fase intermedia"));
        assertThat(lista.locator("li.unmet")).hasText("Pendiente: El cliente aceptó el contrato terapéutico");
        assertThat(lista.getByRole(AriaRole.BUTTON)).hasText("Iniciar la fase intermedia");
        browser.checkAccessibilityAtBothWidths(page);
    }

    private static Locator unmet(Locator checklist, String text) {
        return checklist.locator("li.unmet").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }

    private static void screenshotAtPhoneWidth(Page page, String name) {
        Path file = Paths.get("target", "screenshots", name);
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
    }
}
