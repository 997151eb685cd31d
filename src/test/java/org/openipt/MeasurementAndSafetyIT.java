package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventService;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.WithMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Measurement and safety in a real browser, as a clinician meets them: a PHQ-9 given in session with item 9
 * answered "several days" shows its risk alert at once; the risk event is on the course page, is acknowledged and
 * assessed; a safety plan is written; the supervisor sees the risk event on their caseload; three more PHQ-9s put
 * the trajectory on the chart, and response and remission appear when the numbers say so. axe checks every page.
 * The supervisor receives the risk event's e-mail (GreenMail), without the client's name, and its link opens the
 * risk event after signing in; a second risk event left unacknowledged escalates, shows as escalated on the
 * supervisor's caseload, and its escalation e-mail arrives.
 */
@Tag("database")
class MeasurementAndSafetyIT extends WithMailServer {

    private static final String NOT_AT_ALL = "Not at all (0)";
    private static final String SEVERAL_DAYS = "Several days (1)";
    private static final String NEARLY_EVERY_DAY = "Nearly every day (3)";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRiskAnswerOpensARiskEventThatIsAssessedWithASafetyPlanAndTheScoresShowOnTheChart() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        Page page = browser.page();
        signIn(page, organisation.email("clinician"));
        page.navigate(url("/courses/" + organisation.course()));

        // A PHQ-9 in session: severe, with thoughts of self-harm on several days.
        link(page, "Open the questionnaires").click();
        assertThat(heading(page, "Questionnaires")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        givePhq9(page);
        browser.checkAccessibilityAtBothWidths(page);
        answerPhq9(page, NEARLY_EVERY_DAY, 8, SEVERAL_DAYS);
        Locator alert = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("A risk question was answered above zero"));
        assertThat(alert).containsText("A risk event has been opened for this client");
        assertThat(alert.getByRole(AriaRole.LINK)).hasText("Open the risk events of this course");
        assertThat(page.getByText("Total 25 of 27")).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // The supervisor (and the clinician) are e-mailed at once: no client details, a link to the risk event.
        MimeMessage opened = mailTo(organisation.email("supervisor"), "a risk event was opened");
        String openedText = text(opened);
        Matcher link = Pattern.compile(Pattern.quote(url("/courses/" + organisation.course() + "/risk-events/"))
                + "[0-9a-f-]{36}").matcher(openedText);
        org.assertj.core.api.Assertions.assertThat(link.find()).as(openedText).isTrue();
        String riskEventLink = link.group();
        org.assertj.core.api.Assertions.assertThat(openedText).contains(organisation.clinician().displayName())
                .doesNotContain("Fixture Client", "F-1");
        mailTo(organisation.email("clinician"), "a risk event was opened");

        // The course page shows the open risk event at once; it is acknowledged and assessed.
        page.navigate(url("/courses/" + organisation.course()));
        Locator banner = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("Risk event open, not yet acknowledged"));
        assertThat(banner).isVisible();
        browser.checkAccessibilityAtBothWidths(page);
        banner.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the risk event")).click();
        assertThat(heading(page, "Risk event")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("The answers on risk items that opened this event"))).containsText("1");
        browser.checkAccessibilityAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Risk event acknowledged.");
        page.getByLabel("Low", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Assessment", new Page.GetByLabelOptions().setExact(true))
                .fill("Passive thoughts on some evenings, no plan, no intent; her children keep her going.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the assessment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Assessment recorded.");
        browser.checkAccessibilityAtBothWidths(page);

        // The safety plan, written with the client.
        link(page, "Safety plan").click();
        browser.checkAccessibilityAtBothWidths(page);
        page.getByLabel("1. Signs that a crisis may be coming").fill("Lying awake after midnight; not answering calls");
        page.getByLabel("4. People I can ask for help").fill("My sister Ana, any evening");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Safety plan saved as a new version.");
        browser.checkAccessibilityAtBothWidths(page);

        // Three more PHQ-9s: 18, 12, then 3 — from the baseline of 25, response (a fall of at least half) appears
        // with the 12 and remission (below 5) with the 3, on the measures page with the chart.
        givePhq9At(page, organisation, NEARLY_EVERY_DAY, 6, NOT_AT_ALL, "Total 18 of 27");
        assertThat(outcome(page, "^Response")).containsText("Not met");
        givePhq9At(page, organisation, NEARLY_EVERY_DAY, 4, NOT_AT_ALL, "Total 12 of 27");
        assertThat(outcome(page, "^Response")).containsText("Met");
        assertThat(outcome(page, "^Response")).not().containsText("Not met");
        assertThat(outcome(page, "^Remission")).containsText("Not met");
        givePhq9At(page, organisation, SEVERAL_DAYS, 3, NOT_AT_ALL, "Total 3 of 27");
        assertThat(outcome(page, "^Remission")).containsText("Met");
        assertThat(outcome(page, "^Remission")).not().containsText("Not met");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("PHQ-9.*scores over the course")))).isVisible();
        browser.checkAccessibilityAtBothWidths(page);

        // The questionnaire, risk and safety pages in Spanish, checked by axe at both widths.
        String course = url("/courses/" + organisation.course());
        String riskEvents = course + "/risk-events";
        page.getByLabel("Language").selectOption(new SelectOption().setLabel("Español"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
        for (String address : new String[] { course + "/measures", course + "/measures/new?instrument=phq-9",
                course + "/measures/new?instrument=phq-9&mode=read-aloud", riskEvents, course + "/safety-plan" }) {
            page.navigate(address);
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            browser.checkAccessibilityAtBothWidths(page);
        }
        page.navigate(riskEvents);
        page.locator("table a").first().click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        browser.checkAccessibilityAtBothWidths(page);

        // The supervisor sees the risk event at the top of their caseload.
        page.context().clearCookies();
        signIn(page, organisation.email("supervisor"));
        assertThat(page.locator(".alert-panel")).containsText("Fixture Client");
        browser.checkAccessibilityAtBothWidths(page);

        // The link in the supervisor's e-mail asks for a sign-in, then opens the risk event.
        page.context().clearCookies();
        page.navigate(riskEventLink);
        page.getByLabel("E-mail").fill(organisation.email("supervisor"));
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(heading(page, "Risk event")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.url()).as("back where the link pointed")
                .startsWith(riskEventLink);
        browser.checkAccessibilityAtBothWidths(page);

        // A second risk event, disclosed in conversation, is left unacknowledged. Rather than wait the configured
        // time (openipt.safety.acknowledge-within), the test moves its opening an hour back; the escalation check
        // marks it, the supervisor's caseload shows it escalated, and the escalation e-mail arrives.
        RiskEventId second = context.getBean(RiskEventService.class).openByHand(organisation.clinician(),
                organisation.course(), "Said at the door that she had looked up ways to end her life");
        jdbc.sql("update risk_event set opened_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(1))), second.value()).update();
        MimeMessage escalated = mailTo(organisation.email("supervisor"), "has not been acknowledged");
        org.assertj.core.api.Assertions.assertThat(text(escalated)).contains("/risk-events/" + second)
                .doesNotContain("Fixture Client", "looked up ways");
        page.navigate(url("/caseload"));
        assertThat(page.locator(".alert-panel")).containsText("Escalated: risk event not acknowledged in time");
        browser.checkAccessibilityAtBothWidths(page);
    }


    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a PHQ-9 from the measures page, checks its total, and returns to the measures page. */
    private void givePhq9At(Page page, Fixtures.Organisation organisation, String first, int count, String rest,
            String total) {
        String measures = url("/courses/" + organisation.course() + "/measures");
        page.navigate(measures);
        givePhq9(page);
        answerPhq9(page, first, count, rest);
        assertThat(page.getByText(total)).isVisible();
        page.navigate(measures);
    }

    /** The row of the PHQ-9's outcome-rules table whose name matches {@code rule}. */
    private static Locator outcome(Page page, String rule) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Outcome rules for Patient Health Questionnaire-9 (PHQ-9)"))
                .getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile(rule)));
    }

    private static void givePhq9(Page page) {
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Administer a questionnaire"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Patient Health Questionnaire-9 (PHQ-9)")
                        .setExact(true))
                .click();
    }

    /** Answers items 1 to {@code count} with {@code first} and the others with {@code rest}, then saves. */
    private static void answerPhq9(Page page, String first, int count, String rest) {
        for (int item = 1; item <= 9; item++) {
            String answer = item <= count ? first : rest;
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^" + item + "\\. ")))
                    .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true)).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answers")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The answers were saved and scored.");
    }

    private void signIn(Page page, String email) {
        Browser.signIn(page, url(""), email);
        assertThat(heading(page, "Caseload")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }
}
