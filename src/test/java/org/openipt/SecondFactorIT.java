package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openipt.support.Browser.heading;
import static org.openipt.support.Browser.inSpanish;
import static org.openipt.support.Browser.screenshots;

import java.time.Clock;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.identity.AuthenticatorCodes;
import org.openipt.identity.IdentityService;
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
 * A clinician whose organisation requires a second factor signs in for the first time on a phone: the password
 * leads to setting up an authenticator app (QR code and key; the test computes the app's code from the key), the
 * recovery codes are shown once, then the caseload. The next sign-in asks for a code and takes a recovery code; new
 * recovery codes asked for in Spanish end the tour.
 * axe checks every page at both widths, and the set-up, code and recovery-code pages in Spanish at phone width.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class SecondFactorIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;

    @Test
    void aClinicianSetsUpTheirAuthenticatorAtFirstSignInAndLaterSignsInWithARecoveryCode() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        identity.changeSettings(organisation.admin(), null, true, identity.settings(organisation.admin()).version());
        Page page = browser.page();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);

        password(page, organisation.email("clinician"));
        assertThat(heading(page, "Set up your second factor")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^QR code to scan")))).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "second-factor-set-up");
        inSpanish(page, () -> browser.checkAccessibilityAtBothWidths(page));

        String key = page.locator("[data-kind=authenticator-key]").innerText().replace(" ", "");
        page.getByLabel("Code from the app").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code is not right");
        page.getByLabel("Code from the app").fill(AuthenticatorCodes.codeAt(key, clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();

        assertThat(heading(page, "Your recovery codes")).isVisible();
        assertThat(page.locator("[data-kind=recovery-code]")).hasCount(10);
        String recoveryCode = page.locator("[data-kind=recovery-code]").first().innerText();
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "recovery-codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept them: continue")).click();
        assertThat(page).hasURL(Pattern.compile("/caseload"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        password(page, organisation.email("clinician"));
        assertThat(heading(page, "Code from your authenticator app")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        inSpanish(page, () -> atPhoneWidth(page));
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(recoveryCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/caseload"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your sessions")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Your second factor")))
                .click();
        assertThat(page.locator("[data-kind=second-factor-status]")).containsText("9 recovery codes left");
        browser.checkAccessibilityAtBothWidths(page);

        // new recovery codes, asked for in Spanish with the app's next code: the codes page in Spanish at phone width
        page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Español"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
        page.locator("#renew-code").fill(AuthenticatorCodes.codeAt(key, clock.instant().plusSeconds(30)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nuevos códigos de recuperación")).click();
        assertThat(heading(page, "Sus códigos de recuperación")).isVisible();
        assertThat(page.locator("[data-kind=recovery-code]")).hasCount(10);
        atPhoneWidth(page);
    }

    private void atPhoneWidth(Page page) {
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        browser.checkAccessibility(page);
    }

    private void password(Page page, String email) {
        Browser.enterPassword(page, "http://localhost:" + port, email);
        page.waitForURL(Pattern.compile("/login/second-factor"));
    }
}
