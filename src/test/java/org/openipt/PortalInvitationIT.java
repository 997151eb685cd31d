package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openipt.support.Browser.heading;
import static org.openipt.support.Browser.inSpanish;
import static org.openipt.support.Browser.screenshots;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.ConsentKind;
import org.openipt.caseload.ConsentService;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A client without e-mail gets into the portal in a real browser: their clinician invites them with a code from
 * the client page and reads it out; on a phone, the client types it (in small letters, with a space), chooses a
 * sign-in name and a password, and signs in with them. A forgotten password and a link that no longer works are
 * answered on their own pages. axe checks every page at desktop and phone width, in English and in Spanish.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class PortalInvitationIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aClientInvitedByACodeSetsUpTheirAccountOnAPhoneAndSignsIn() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        ClientId client = context.getBean(CaseloadService.class).register(organisation.clinician(),
                new ClientFields("Juan Pérez (fictional)", 1971, null, "es", null));
        Page page = browser.page();

        // The clinician invites the client from their page and reads the code out.
        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.navigate(url("/clients/" + client));
        assertThat(page.locator("[data-kind=portal-status]")).hasText("Not invited yet.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invite to the portal")).click();
        assertThat(heading(page, "Invite Juan Pérez (fictional) to the portal")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        inSpanish(page, () -> browser.checkAccessibilityAtBothWidths(page));
        page.getByLabel("By a code you read out now").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
        assertThat(heading(page, "Invitation code")).isVisible();
        String code = page.locator("[data-kind=invitation-code]").textContent().strip();
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-invitation-code");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done")).click();
        assertThat(page.locator("[data-kind=portal-status]")).containsText("Invited; the invitation works until");

        // On their phone, the client types the code, chooses a sign-in name and a password, and signs in.
        page.context().clearCookies();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have an invitation code")).click();
        assertThat(heading(page, "Your invitation code")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Code").fill("00000 00000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code does not work.");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Code").fill(code.toLowerCase().replace("-", " "));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(heading(page, "Set up your portal account")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        inSpanish(page, () -> {
            assertThat(heading(page, "Active su cuenta del portal")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });
        String name = "juan-" + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Your sign-in name").fill(name);
        page.getByLabel("New password").fill("tres perros y un gato 9");
        page.getByLabel("The same password again").fill("tres perros y un gato 8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my password")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The two passwords are not the same.");
        assertThat(page.getByLabel("Your sign-in name")).hasValue(name);
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("New password").fill("tres perros y un gato 9");
        page.getByLabel("The same password again").fill("tres perros y un gato 9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my password")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your password is set. You can sign in now.");
        screenshots(page, "portal-signed-up");
        page.getByLabel("E-mail or sign-in name").fill(name);
        page.getByLabel("Password").fill("tres perros y un gato 9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(address -> address.endsWith("/me"));
        browser.checkAccessibilityAtBothWidths(page);

        // A forgotten password, and a link that no longer works, each get their own page.
        page.context().clearCookies();
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgotten your password?")).click();
        assertThat(heading(page, "Forgotten password")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Your e-mail address").fill("nobody@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("If that address belongs to an account");
        inSpanish(page, () -> browser.checkAccessibilityAtBothWidths(page));
        page.navigate(url("/password/reset/no-longer-valid"));
        assertThat(heading(page, "This link or code no longer works")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
    }

    @Test
    void theClientsOwnPagesReadOnAPhoneInBothLanguages() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        context.getBean(ConsentService.class).publish(organisation.admin(), ConsentKind.TREATMENT, "en",
                "Agreement to treatment", "I agree to a course of IPT of about twelve weekly sessions (fictional).");
        Page page = browser.page();
        Browser.signIn(page, url(""), organisation.email("client"));
        page.waitForURL(address -> address.endsWith("/me"));
        assertThat(heading(page, "My therapy")).isVisible();
        assertThat(page.locator("main")).containsText("Session 1 of 12");
        assertThat(page.locator("[data-kind=phase]")).containsText("Getting started");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-home");
        for (String path : new String[] { "/me/crisis", "/me/plans", "/me/learn", "/me/learn/what-is-ipt", "/me/learn/phases",
                "/me/learn/sick-role", "/me/learn/problem-areas", "/me/learn/ending" }) {
            page.navigate(url(path));
            assertThat(page.locator("h1")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        }
        page.navigate(url("/me"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 agreement(s) to read")).click();
        assertThat(heading(page, "Agreements")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("I have read and agree: Agreement to treatment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Thank you. Your agreement is recorded.");
        assertThat(page.locator("main")).containsText("You agreed on");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "portal-consents");
        inSpanish(page, () -> {
            assertThat(heading(page, "Consentimientos")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
        });
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Help now")).click();
        assertThat(page.locator("main")).containsText("988");
        inSpanish(page, () -> {
            assertThat(heading(page, "Ayuda ahora")).isVisible();
            browser.checkAccessibilityAtBothWidths(page);
            page.navigate(url("/me"));
            assertThat(page.locator("[data-kind=phase]")).containsText("Empezando");
            browser.checkAccessibilityAtBothWidths(page);
            page.navigate(url("/me/learn/problem-areas"));
            browser.checkAccessibilityAtBothWidths(page);
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
