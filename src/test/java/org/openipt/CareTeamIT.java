package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openipt.support.Browser.heading;
import static org.openipt.support.Browser.inSpanish;
import static org.openipt.support.Browser.screenshots;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.identity.CurrentUser;
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
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * Care teams in a real browser: an administrator hands a client over to another clinician, who signs in, finds the
 * client on their caseload and reads the handover in the course history; then a third clinician, outside the team,
 * opens the record in an emergency and sees the banner on every page of it. axe checks every page at desktop and
 * phone width, in English and in Spanish.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class CareTeamIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anAdministratorHandsAClientOverAndAClinicianOutsideTheTeamOpensTheRecordInAnEmergency() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        CurrentUser successor = Fixtures.colleague(context, organisation, "successor");
        CurrentUser outsider = Fixtures.colleague(context, organisation, "outsider");
        String today = LocalDate.now(context.getBean(Clock.class)).toString();
        Page page = browser.page();

        // The administrator hands the client over from the client directory.
        Browser.signIn(page, url(""), organisation.email("admin"));
        page.navigate(url("/admin/clients"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Care team of Fixture Client")).click();
        assertThat(heading(page, "Care team of Fixture Client")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("On the team now")))
                .containsText(organisation.clinician().displayName());
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "care-team");
        page.getByLabel("Hand over to").selectOption(new SelectOption().setLabel(successor.displayName()));
        page.locator("#handover-reason").fill("The clinician is on leave for three months");
        page.locator("#handover-day").fill(today);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand over")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The client was handed over.");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Earlier on the team")))
                .containsText("The clinician is on leave for three months");
        browser.checkAccessibilityAtBothWidths(page);
        inSpanish(page, () -> browser.checkAccessibilityAtBothWidths(page));

        // The new clinician finds the client on their caseload, with the handover in the course history.
        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("successor"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fixture Client"))).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fixture Client")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Care team and handover")).click();
        assertThat(heading(page, "Care team of Fixture Client")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.navigate(url("/courses/" + organisation.course()));
        assertThat(page.locator("main")).containsText("Handed over from " + organisation.clinician().displayName()
                + " to " + successor.displayName() + " on " + today);
        browser.checkAccessibilityAtBothWidths(page);

        // A clinician outside the team opens the record in an emergency, after writing why.
        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("outsider"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emergency access to another client's record"))
                .click();
        assertThat(heading(page, "Emergency access")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Client's name or record number").fill("Fixture");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Open Fixture Client's record in an emergency")).click();
        assertThat(heading(page, "Open a record in an emergency")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Why you need the record now").fill("The client called in crisis; their clinician is away");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
        assertThat(heading(page, "Fixture Client")).isVisible();
        Locator banner = page.locator(".emergency-banner");
        assertThat(banner).containsText("You opened this record in an emergency");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "emergency-banner");
        page.navigate(url("/courses/" + organisation.course()));
        assertThat(banner).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        inSpanish(page, () -> {
            assertThat(banner).containsText("Abrió este expediente en una emergencia");
            browser.checkAccessibilityAtBothWidths(page);
            page.navigate(url("/emergency-access?search=Fixture"));
            browser.checkAccessibilityAtBothWidths(page);
        });

        // The administrator lists the emergency access with what was done under it.
        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("admin"));
        page.navigate(url("/admin/emergency-access"));
        assertThat(page.locator("main")).containsText("The client called in crisis; their clinician is away");
        browser.checkAccessibilityAtBothWidths(page);
        page.locator("main table a").first().click();
        assertThat(page.locator("main")).containsText(outsider.displayName());
        assertThat(page.locator("main")).containsText("Record opened in an emergency");
        browser.checkAccessibilityAtBothWidths(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
