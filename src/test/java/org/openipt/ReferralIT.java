package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openipt.support.Browser.heading;
import static org.openipt.support.Browser.inSpanish;
import static org.openipt.support.Browser.screenshots;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.caseload.ConsentKind;
import org.openipt.caseload.ConsentService;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.WithMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Self-referral in a real browser: an administrator opens the organisation's referral page; on a phone, someone
 * refers themself with a risk answer and sees the crisis lines at once (in English and Spanish); the supervisor's
 * e-mail (GreenMail) says an urgent referral waits, without detail; a clinician finds it first in the triage queue,
 * accepts it into a course and sends the portal invitation, which arrives. axe checks every page at both widths; on
 * the public pages any violation fails.
 */
@Tag("database")
class ReferralIT extends WithMailServer {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void someoneRefersThemselfWithARiskAnswerAndTriageAcceptsThemIntoACourse() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        context.getBean(ConsentService.class).publish(organisation.admin(), ConsentKind.SELF_REFERRAL, "en",
                "Before you send this", "We keep what you write to contact you about help (fictional wording).");
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "sam-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Page page = browser.page();

        Browser.signIn(page, url(""), organisation.email("admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referral page")).click();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Code in the page's address").fill(code);
        page.getByLabel("The page takes referrals").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("[data-kind=address]")).containsText("/refer/" + code);

        page.context().clearCookies();
        page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
        page.navigate(url("/refer/" + code));
        assertThat(page.locator("h1")).containsText("Ask Fixture");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "referral-form");
        inSpanish(page, () -> {
            assertThat(page.locator("h1")).containsText("Pida ayuda");
            browser.checkAccessibilityAtBothWidths(page);
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Say how we can reach you.");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("Your name, or a name we may call you").fill("Sam Doe (fictional)");
        page.getByLabel("How can we reach you?").fill(email);
        page.getByLabel("What brings you, in your own words?").fill("I feel hopeless since the divorce");
        page.getByLabel("Either").check();
        for (int item = 1; item <= 9; item++) {
            page.locator("input[name='phq9[phq9-" + item + "]'][value='" + (item == 9 ? "LA6569-3" : "LA6570-1") + "']")
                    .check();
        }
        for (int item = 1; item <= 7; item++) {
            page.locator("input[name='gad7[gad7-" + item + "]'][value='LA6569-3']").check();
        }
        page.getByLabel("I have read this and agree").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(heading(page, "Please look after yourself now")).isVisible();
        assertThat(page.locator(".crisis-resources")).containsText("988");
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "referral-urgent");

        String mail = text(mailTo(organisation.email("supervisor"), "an urgent self-referral is waiting"));
        org.assertj.core.api.Assertions.assertThat(mail).contains("/referrals/view?id=").doesNotContain("Sam Doe")
                .doesNotContain(email);

        page.context().clearCookies();
        page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
        Browser.signIn(page, url(""), organisation.email("clinician"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Self-referrals")).click();
        assertThat(page.locator("[data-kind=referral]").first()).containsText("Urgent: risk answer");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam Doe (fictional)")).click();
        assertThat(page.locator("[data-kind=urgent]")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        screenshots(page, "referral-triage");
        page.getByLabel("Send a portal invitation to the e-mail address they gave").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into a course of mine"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The referral is accepted");
        assertThat(page.locator("h1")).containsText("Sam Doe (fictional)");
        org.assertj.core.api.Assertions.assertThat(text(mailTo(email, ""))).contains("/invitation/");
    }

    private static String text(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
