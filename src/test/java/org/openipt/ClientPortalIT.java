package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openipt.support.Browser.heading;
import static org.openipt.support.Browser.inSpanish;
import static org.openipt.support.Browser.screenshots;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.TransitionDetail;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.Milestone;
import org.openipt.measures.ScheduledInstrument;
import org.openipt.safety.RiskEventService;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.WithMailServer;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jakarta.mail.MessagingException;

/**
 * A new client's portal in a real browser, on a phone, as the client meets it: the invitation e-mail (GreenMail)
 * leads to choosing a password; the home page says "Session 3 of 12" and that a PHQ-9 is due; they fill it in one
 * question per screen, in English and Spanish, and a double tap on "Send" stores one response, which their clinician
 * sees marked as theirs. Their clinician shared the formulation; the client accepts it under "My plan" and the
 * clinician's initial-phase checklist ticks; a day of their mood diary reaches the clinician's timeline as a
 * suggestion written by the client, and the clinician adds it; a conversation written down in their diary is a
 * communication analysis on the clinician's worksheets, marked as the client's; they download their record as a PDF
 * and as FHIR JSON. In a second course, item 9 answered above zero shows the crisis lines and the safety plan
 * at once while the clinician's caseload shows the risk event. axe checks every page at both widths; on the
 * client's pages any violation fails.
 */
@Tag("database")
class ClientPortalIT extends WithMailServer {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aNewClientSetsUpTheirAccountFromTheEmailAndFillsInTheirPhq9OnAPhone() throws Exception {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        String email = "ana-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        ClientId client = clientWithThreeSessions(organisation, "Ana Ruiz (fictional)");
        Page page = browser.page();

        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.navigate(url("/clients/" + client + "/portal-invitation"));
        page.getByLabel("The client's e-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
        assertThat(page.locator("[data-kind=portal-status]")).containsText("Invited");

        CourseId course = context.getBean(CourseService.class).coursesOf(organisation.clinician(), client).getFirst()
                .id();
        page.navigate(url("/courses/" + course));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose what the client sees")).click();
        assertThat(heading(page, "What the client sees in the portal")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("The formulation in plain words").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("main")).containsText("Parts of the course shared in the portal: 1");

        page.context().clearCookies();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        page.navigate(linkIn(mailTo(email, "")));
        assertThat(heading(page, "Set up your portal account")).isVisible();
        page.getByLabel("New password").fill("a long walk by the river 7");
        page.getByLabel("The same password again").fill("a long walk by the river 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my password")).click();
        page.getByLabel("E-mail or sign-in name").fill(email);
        page.getByLabel("Password").fill("a long walk by the river 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(address -> address.endsWith("/me"));

        assertThat(page.locator("main")).containsText("Session 3 of 12");
        assertThat(page.locator("[data-kind=due]")).containsText("PHQ-9");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fill in")).click();
        assertThat(page.locator("[data-kind=position]")).hasText("Question 1 of 10");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-question");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose one answer to go on.");
        browser.checkAccessibilityAtBothWidths(page);
        for (int question = 1; question <= 9; question++) {
            page.getByLabel(question <= 4 ? "Several days" : "Not at all", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            if (question == 4) {
                inSpanish(page, () -> {
                    assertThat(page.locator("[data-kind=position]")).hasText("Pregunta 5 de 10");
                    browser.checkAccessibilityAtBothWidths(page);
                });
            }
        }
        page.getByLabel("Somewhat difficult").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answers")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your answers")))
                .isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-questionnaire-check");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .dblclick();
        assertThat(heading(page, "Thank you")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to my therapy").setExact(true)).first()
                .click();
        assertThat(page.locator("main")).containsText("Nothing is due now.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My plan").setExact(true)).click();
        assertThat(page.locator("[data-kind=formulation]")).containsText("Your low mood began when you moved");
        assertThat(page.locator("[data-kind=focal-areas]")).containsText("Life changes");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-my-plan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, this fits me")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your therapist will see that this fits you.");
        assertThat(page.locator("[data-kind=accepted]")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My mood diary")).click();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("4", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("What happened?").fill("Lunch with my neighbour; we laughed about the new bus timetable");
        page.getByLabel("With whom?").fill("My neighbour");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this day")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your day is saved.");
        assertThat(page.locator("[data-kind=diary-days]")).containsText("mood 4 of 10");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-diary");
        inSpanish(page, () -> {
            assertThat(heading(page, "Mi diario de ánimo")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });

        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My conversations diary")).click();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("In a few words, what was it about?").fill("Asking my brother to visit more often");
        page.getByLabel("Who was it with?").fill("My brother");
        page.getByLabel("What did you say?").fill("You never come to see me");
        page.getByLabel("What did they say?").fill("I am busy with work");
        page.getByLabel("What did you want them to understand?").fill("That I feel lonely since the move");
        page.getByLabel("What could you say next time?").fill("I miss you; could we have lunch on Saturdays?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save it for my session")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved. Your therapist will see it.");
        assertThat(page.locator("article.conversation")).containsText("I miss you; could we have lunch on Saturdays?");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-conversations");

        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My data")).click();
        browser.checkAccessibilityAtBothWidths(page);
        com.microsoft.playwright.Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("My record to read (PDF)")).click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("my-record.pdf");
        org.assertj.core.api.Assertions.assertThat(readAll(pdf)).startsWith("%PDF");
        com.microsoft.playwright.Download json = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("My record for another health service (FHIR, JSON)")).click());
        org.assertj.core.api.Assertions.assertThat(readAll(json)).contains("\"resourceType\": \"Bundle\"")
                .contains("Lunch with my neighbour");

        org.assertj.core.api.Assertions.assertThat(context.getBean(MeasuresService.class)
                .responses(organisation.clinician(), course, 0).responses().items()).as("one response for a double tap")
                .singleElement().satisfies(r -> org.assertj.core.api.Assertions.assertThat(r.total()).isEqualTo(4));
        page.context().clearCookies();
        page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.navigate(url("/courses/" + course + "/measures"));
        assertThat(page.locator("main")).containsText("(by the client)");
        page.navigate(url("/courses/" + course + "/worksheets"));
        assertThat(page.locator("main")).containsText("Asking my brother to visit more often");
        assertThat(page.locator("main")).containsText("(by the client)");
        page.navigate(url("/courses/" + course + "/timeline"));
        assertThat(page.locator("[data-kind=diary-suggestion]")).containsText("Lunch with my neighbour");
        assertThat(page.locator("[data-kind=diary-suggestion]")).containsText("(written by the client)");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the timeline")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The day's mood is on the timeline.");
        page.navigate(url("/courses/" + course));
        assertThat(page.locator(".checklist li", new Page.LocatorOptions().setHasText("The client accepted the formulation")))
                .containsText("Done:");
    }

    @Test
    void aRiskAnswerShowsTheCrisisLinesAtOnceWhileTheClinicianSeesTheRiskEvent() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        schedulePhq9(organisation, organisation.course());
        Page page = browser.page();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        Browser.signIn(page, url(""), organisation.email("client"));
        page.navigate(url("/me/questionnaires?instrument=phq-9"));
        for (int question = 1; question <= 9; question++) {
            page.getByLabel(question == 9 ? "Several days" : "More than half the days",
                    new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        }
        assertThat(heading(page, "Thank you for telling us")).isVisible();
        assertThat(page.locator("[data-kind=risk-answer]")).containsText("Your therapy team has been told");
        assertThat(page.locator(".crisis-resources")).containsText("988");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-risk-answer");
        inSpanish(page, () -> {
            assertThat(heading(page, "Gracias por contárnoslo")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });
        org.assertj.core.api.Assertions.assertThat(context.getBean(RiskEventService.class)
                .openEvents(organisation.course())).hasSize(1);

        page.context().clearCookies();
        page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.navigate(url("/caseload"));
        assertThat(page.locator("main")).containsText("Fixture Client");
        assertThat(page.locator(".alert-panel")).containsText("Fixture Client");
        assertThat(page.locator(".alert-panel")).containsText("Risk event open, not yet acknowledged");
    }

    @Test
    void theClientSeesTheirPeopleTheirProgressAndTheirTimelineAsTheClinicianSharedThem() throws Exception {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        CourseId course = organisation.course();
        InventoryService inventory = context.getBean(InventoryService.class);
        inventory.add(organisation.clinician(), course, RelationshipFields.of("Mum", RelationshipRole.PARENT,
                ClosenessRing.INNER));
        inventory.add(organisation.clinician(), course, RelationshipFields.of("Sam", RelationshipRole.PARTNER,
                ClosenessRing.INNER));
        inventory.add(organisation.clinician(), course, RelationshipFields.of("Old friends from school",
                RelationshipRole.FRIEND, ClosenessRing.OUTER));
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        context.getBean(TimelineService.class).addEvent(organisation.clinician(), course, new LifeEventEntry(
                ApproximateDate.day(today.minusDays(40)), LifeEventType.MOVE, "Moved to the city", List.of(), true,
                null));
        context.getBean(org.openipt.worksheet.WorksheetService.class).create(organisation.clinician(), course,
                UUID.randomUUID(), new org.openipt.worksheet.WorksheetDraft("Asking Sam for help",
                        org.openipt.worksheet.WorksheetLinks.NONE, new org.openipt.worksheet.RolePlay(
                                "Asking Sam to take over the kitchen on busy days", "herself", "Sam",
                                "I miss us being a team", "A softer voice the second time", 3, 6)));
        MeasuresService measures = context.getBean(MeasuresService.class);
        int[] scores = { 3, 2, 1 };
        for (int given = 0; given < scores.length; given++) {
            measures.administerGivenEarlier(organisation.clinician(), course, UUID.randomUUID(),
                    new Administration("phq-9", phq9(scores[given]), null),
                    today.minusDays(6 - 2L * given).atTime(LocalTime.NOON).toInstant(java.time.ZoneOffset.UTC));
        }
        context.getBean(SessionService.class).recordSession(organisation.clinician(), course, new SessionEntry(
                today.plusDays(1).atTime(LocalTime.of(17, 30)), SessionMode.VIDEO, Attendance.SCHEDULED, null, null,
                null));
        Page page = browser.page();
        Browser.signIn(page, url(""), organisation.email("admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation")).click();
        page.getByLabel("Video meeting link").fill("http://meet.example.org/room");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Give an https address");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Video meeting link").fill("https://meet.example.org/room");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The organisation's settings are saved.");
        inSpanish(page, () -> {
            assertThat(heading(page, "Organización")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });

        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.navigate(url("/courses/" + course + "/sharing"));
        page.getByLabel("Their closeness circle").check();
        page.getByLabel("The timeline picture").check();
        page.getByLabel("Their questionnaire scores as a chart").check();
        page.getByLabel("The worksheets of the sessions").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("main")).containsText("Parts of the course shared in the portal: 4");

        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("client"));
        assertThat(page.locator("[data-kind=video-link]")).hasAttribute("href", "https://meet.example.org/room");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders by e-mail")).click();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("The day before each session").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my choice")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your choice of reminders is saved.");
        inSpanish(page, () -> {
            assertThat(heading(page, "Recordatorios por correo")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });
        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A decision to think through")).click();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("In a few words, what is it about?").fill("Sunday visits");
        page.getByLabel("What could you do?").first().fill("Keep going every Sunday");
        page.getByLabel("What could you do?").nth(1).fill("Take turns with my brother");
        page.getByLabel("Option 2").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save it for my session")).click();
        assertThat(page.locator("[data-kind=prepared]")).containsText("Take turns with my brother");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-decision");
        inSpanish(page, () -> {
            assertThat(heading(page, "Una decisión que pensar")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });
        page.navigate(url("/me/role-plays"));
        page.getByLabel("In a few words, what is it about?").fill("Asking for a day off");
        page.getByLabel("What do you want to say?").fill("I need Friday off for my mother's appointment");
        page.getByLabel("How confident do you feel about it now?").selectOption("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save it for my session")).click();
        assertThat(page.locator("[data-kind=prepared]")).containsText("3 of 10 before practising");
        browser.checkAccessibilityAtBothWidths(page);
        inSpanish(page, () -> {
            assertThat(heading(page, "Una conversación que practicar")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });

        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My people")).click();
        assertThat(page.locator("[data-kind=people]")).containsText("Old friends from school");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-my-people");
        page.getByLabel("What would you like to change?").fill("My sister Lea has come closer since she visited");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save for my next session")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your suggestion is saved for your next session.");
        assertThat(page.locator("[data-kind=suggestions]")).containsText("My sister Lea");
        inSpanish(page, () -> {
            assertThat(heading(page, "Mis personas")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });

        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My progress")).click();
        assertThat(page.locator("[data-kind=change]")).containsText("from 24 at the start to 8 now");
        assertThat(page.locator(".chart-wide svg")).isVisible();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        assertThat(page.locator(".chart-narrow svg")).isVisible();
        assertThat(page.locator(".chart-wide svg")).isHidden();
        page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-my-progress");
        inSpanish(page, () -> {
            assertThat(page.locator("[data-kind=change]")).containsText("de 24 al inicio a 8 ahora");
            browser.checkAccessibilityAtBothWidths(page);
        });

        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("From my sessions")).click();
        assertThat(page.locator("[data-kind=session-worksheet]")).containsText("I miss us being a team");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-session-worksheets");
        inSpanish(page, () -> {
            assertThat(heading(page, "De mis sesiones")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });

        page.navigate(url("/me/plan"));
        assertThat(page.locator("[data-kind=timeline] svg")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-my-timeline");

        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.navigate(url("/courses/" + course + "/sessions/new"));
        assertThat(page.locator("[data-kind=client-questions]")).containsText("My sister Lea has come closer");
        assertThat(page.locator("[data-kind=client-questions]")).containsText("A change they suggest to their closeness circle");

        page.context().clearCookies();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        page.navigate(url("/reminders/stop?t=a-link-from-an-old-email"));
        inSpanish(page, () -> {
            assertThat(heading(page, "Dejar de recibir recordatorios")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });
        page.navigate(url("/reminders/stop?t=a-link-from-an-old-email"));
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop all reminders")).click();
        assertThat(page.locator("[data-kind=stopped]")).containsText("No more reminder e-mails will be sent.");
        browser.checkAccessibilityAtBothWidths(page);
    }

    @Test
    void whatAClientSentAfterTheirSessionEndedIsSavedOnceTheySignInAgainAndForNobodyElse() throws Exception {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        Page page = browser.page();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        Browser.signIn(page, url(""), organisation.email("client"));
        page.navigate(url("/me/conversations"));
        page.getByLabel("In a few words, what was it about?").fill("Asking my sister about Sundays");
        page.getByLabel("What did you say?").fill("I cannot do every Sunday any more");
        expireSession(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save it for my session")).click();
        page.waitForURL(address -> address.contains("/login"));
        page.getByLabel("E-mail").fill(organisation.email("client"));
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(address -> address.contains("/me/conversations"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved. Your therapist will see it.");
        assertThat(page.locator("article.conversation")).containsText("I cannot do every Sunday any more");
        browser.checkAccessibilityAtBothWidths(page);
        org.assertj.core.api.Assertions.assertThat(context.getBean(org.openipt.worksheet.WorksheetService.class)
                .writtenByClient(organisation.clinician(), organisation.course())).hasSize(1);

        page.navigate(url("/me/conversations"));
        page.getByLabel("In a few words, what was it about?").fill("A private matter");
        page.getByLabel("What did you say?").fill("Words nobody else should read");
        expireSession(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save it for my session")).click();
        page.waitForURL(address -> address.contains("/login"));
        Fixtures.Organisation other = Fixtures.organisation(context);
        page.getByLabel("E-mail").fill(other.email("client"));
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(address -> address.endsWith("/me"));
        page.navigate(url("/me/conversations"));
        assertThat(page.locator("main")).not().containsText("Words nobody else should read");
        assertThat(page.getByLabel("What did you say?")).hasValue("");
        org.assertj.core.api.Assertions.assertThat(context.getBean(org.openipt.worksheet.WorksheetService.class)
                .writtenByClient(organisation.clinician(), organisation.course())).as("sent by nobody")
                .extracting(org.openipt.worksheet.Worksheet::title).containsExactly("Asking my sister about Sundays");
    }

    /** Ends the browser's session on the server, as the idle timeout does. */
    private void expireSession(Page page) {
        String id = page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst().orElseThrow().value;
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer())
                .getTomcat();
        var web = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
        try {
            web.getManager().findSession(id).expire();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** PHQ-9 answers with the first eight items scored {@code each} and item 9 "not at all". */
    private static java.util.Map<String, String> phq9(int each) {
        var phq9 = org.openipt.measures.InstrumentLibrary.standard().definition("phq-9");
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (var item : phq9.scoredItems()) {
            int score = item.linkId().equals("phq9-9") ? 0 : each;
            answers.put(item.linkId(), item.options().stream().filter(o -> o.score() == score).findFirst()
                    .orElseThrow().code().code());
        }
        return answers;
    }

    /** A new client of the organisation's clinician, in a 12-session course with three sessions held. */
    private ClientId clientWithThreeSessions(Fixtures.Organisation organisation, String name) {
        ClientId client = context.getBean(CaseloadService.class).register(organisation.clinician(),
                new ClientFields(name, 1984, null, "en", null));
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        CourseId course = context.getBean(CourseService.class).start(organisation.clinician(), client,
                organisation.protocol().id(), new ContractTerms(12, organisation.protocol().settings().cadence(), 50,
                        today.minusDays(15)));
        SessionService sessions = context.getBean(SessionService.class);
        for (int weeksAgo = 2; weeksAgo >= 0; weeksAgo--) {
            sessions.recordSession(organisation.clinician(), course, new SessionEntry(
                    today.minusDays(7L * weeksAgo + 1).atTime(LocalTime.of(10, 0)), SessionMode.IN_PERSON,
                    Attendance.ATTENDED, null, 5, null));
        }
        schedulePhq9(organisation, course);
        FormulationService formulations = context.getBean(FormulationService.class);
        formulations.addFocalArea(organisation.clinician(), course, new FocalAreaEntry(new TransitionDetail(
                "Living near family", "Living alone in a new city", "Sunday meals", "Quiet", "Meeting people",
                "Neighbour")));
        formulations.record(organisation.clinician(), course, new FormulationEntry("Your low mood began when you moved"
                + " away from your family; we will work on settling into this change together.", null, null),
                formulations.formulation(organisation.clinician(), course).version());
        return client;
    }

    private void schedulePhq9(Fixtures.Organisation organisation, CourseId course) {
        MeasureSchedules schedules = context.getBean(MeasureSchedules.class);
        schedules.changeCourseSchedule(organisation.clinician(), course, new MeasureSchedule(List.of(
                ScheduledInstrument.everyN("phq-9", 2, EnumSet.noneOf(Milestone.class)))), 0);
    }

    private static String linkIn(jakarta.mail.internet.MimeMessage message) throws IOException, MessagingException {
        Matcher link = Pattern.compile("https?://\\S+/invitation/\\S+").matcher(message.getContent().toString());
        if (!link.find()) {
            throw new AssertionError("no invitation link in the e-mail");
        }
        return link.group();
    }

    private static String readAll(com.microsoft.playwright.Download download) {
        try {
            return java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
