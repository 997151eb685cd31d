package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.ApproximateDate;
import org.openipt.inventory.LifeEventEntry;
import org.openipt.inventory.LifeEventType;
import org.openipt.inventory.MoodEpisodeEntry;
import org.openipt.inventory.MoodPointEntry;
import org.openipt.inventory.MoodSeverity;
import org.openipt.inventory.TimelineService;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.TestDatabase;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The pages a user reaches less often, which the journeys do not pass through: the confirmations before removing a
 * timeline entry or a worksheet, the printable safety plan, the discharge summary that cannot be made yet, a
 * course's measurement schedule, and the administrator's format schedule, e-mail notifications and crisis
 * resources. Each is opened in the browser, shows what it is for, and passes axe at desktop
 * and phone width.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class RarelyVisitedPagesIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void confirmationsPrintAndNotReadyPagesAreClearAndAccessible() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        CurrentUser clinician = organisation.clinician();
        String course = "/courses/" + organisation.course();
        LocalDate today = LocalDate.now(clock);
        TimelineService timelines = context.getBean(TimelineService.class);
        var event = timelines.addEvent(clinician, organisation.course(), new LifeEventEntry(
                ApproximateDate.month(today.getYear() - 1, 3), LifeEventType.LOSS, "Lost a close friend (fictional)",
                List.of(), true, null));
        var episode = timelines.addEpisode(clinician, organisation.course(), new MoodEpisodeEntry(
                ApproximateDate.month(today.getYear() - 1, 4), null, MoodSeverity.MODERATE, true));
        var point = timelines.addPoint(clinician, organisation.course(), new MoodPointEntry(ApproximateDate.day(
                today.minusWeeks(2)), 4));
        var worksheet = context.getBean(WorksheetService.class).create(clinician, organisation.course(),
                UUID.randomUUID(), new WorksheetDraft("Asking for help at work (fictional)",
                        new WorksheetLinks(null, null, null), new RolePlay("Asking for help", "herself",
                                "her manager", "Could we look at my workload together?", null, 3, 6)));
        context.getBean(SafetyPlanService.class).save(clinician, organisation.course(), new SafetyPlan(
                "Not sleeping (fictional)", "A walk", "The library", "My sister", "The crisis lines below",
                "Tablets kept by my sister", "My children"), 0);

        Page page = browser.page();
        Browser.signIn(page, url(""), organisation.email("clinician"));
        visit(page, course + "/timeline/events/" + event + "/remove", 200, "Lost a close friend (fictional)");
        visit(page, course + "/timeline/episodes/" + episode + "/remove", 200, null);
        visit(page, course + "/timeline/points/" + point + "/remove", 200, null);
        visit(page, course + "/worksheets/" + worksheet + "/delete", 200, "Asking for help at work (fictional)");
        visit(page, course + "/safety-plan/print", 200, "A walk");
        visit(page, course + "/discharge-summary", 409, null);
        visit(page, course + "/measures/schedule", 200, "PHQ-9");

        page.context().clearCookies();
        Page admin = page;
        Browser.signIn(admin, url(""), organisation.email("admin"));
        visit(admin, "/admin/protocols/" + organisation.protocol().id() + "/measures", 200, "PHQ-9");
        visit(admin, "/admin/notifications", 200, null);
        visit(admin, "/admin/crisis-resources/new", 200, null);
        visit(admin, "/admin/crisis-resources", 200, "988");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samaritans (UK and Ireland)")).click();
        assertThat(admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Samaritans (UK and Ireland)");
        browser.checkAccessibilityAtBothWidths(admin);
    }

    /** Opens a page, checks its status, its heading and (when given) a text it must show, then runs axe. */
    private void visit(Page page, String path, int status, @Nullable String shows) {
        Response response = page.navigate(url(path));
        assertThat(response.status()).as(path).isEqualTo(status);
        assertThat(page.locator("h1")).isVisible();
        if (shows != null) {
            assertThat(page.locator("main")).containsText(shows);
        }
        browser.checkAccessibilityAtBothWidths(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
