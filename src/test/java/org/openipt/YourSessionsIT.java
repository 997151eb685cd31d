package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openipt.support.Browser.heading;
import static org.openipt.support.Browser.inSpanish;
import static org.openipt.support.Browser.screenshots;

import java.util.regex.Pattern;

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

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A clinician signed in on a laptop and on a phone ends the phone's session from "Your sessions" on the laptop; the
 * phone is back at the sign-in page on its next step. axe checks the page at both widths, in English and Spanish.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class YourSessionsIT {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0 Mobile Safari/537.36";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aClinicianEndsTheSessionOnTheirPhoneFromTheLaptop() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        Page laptop = browser.page();
        Browser.signIn(laptop, url(""), organisation.email("clinician"));
        try (BrowserContext phoneContext = laptop.context().browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setUserAgent(PHONE)
                        .setViewportSize(Browser.PHONE.width, Browser.PHONE.height))) {
            Page phone = phoneContext.newPage();
            Browser.signIn(phone, url(""), organisation.email("clinician"));

            laptop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your sessions")).click();
            assertThat(heading(laptop, "Your sessions")).isVisible();
            assertThat(laptop.locator("[data-kind=signed-in-session]")).hasCount(2);
            assertThat(laptop.getByText("this device", new Page.GetByTextOptions().setExact(true))).hasCount(1);
            browser.checkAccessibilityAtBothWidths(laptop);
            screenshots(laptop, "your-sessions");
            inSpanish(laptop, () -> browser.checkAccessibilityAtBothWidths(laptop));

            laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^End the session on Chrome · Android"))).click();
            assertThat(laptop.getByRole(AriaRole.STATUS)).containsText("The session has ended");
            assertThat(laptop.locator("[data-kind=signed-in-session]")).hasCount(1);
            browser.checkAccessibilityAtBothWidths(laptop);

            phone.navigate(url("/caseload"));
            assertThat(phone).hasURL(Pattern.compile("/login"));
            assertThat(heading(phone, "Sign in")).isVisible();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
