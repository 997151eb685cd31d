package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.course.SessionMode;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSessionEntry;
import org.openipt.groups.GroupSessionService;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.MemberCheckIn;
import org.openipt.groups.NewMember;
import org.openipt.groups.Sex;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
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
 * Group IPT at tablet width (768 px), as a programme runs it: a lay counsellor screens people on a screening day
 * (with JavaScript the page never reloads), runs the fifth session of a group on the guided screen where a member
 * answers the risk question, and the supervisor finds that member first on the dashboard. axe checks each page at
 * tablet width, in English and in Spanish.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class GroupJourneyIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aLayCounsellorScreensAndRunsASessionAtTabletWidthAndTheSupervisorSeesTheRiskFirst() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        Protocol who = context.getBean(ProtocolCatalog.class).protocolByCode(organisation.id(), "GROUP_IPT_WHO");
        GroupService groups = context.getBean(GroupService.class);
        GroupId group = groups.create(organisation.clinician(), new GroupSettings("Kisoro women (fictional)",
                who.id(), organisation.clinician().id(), null, organisation.supervisor().id(), MeetingMode.SITE,
                "Kisoro", today.getDayOfWeek(), LocalTime.of(10, 0), today.minusWeeks(4), 2, 10, Sex.FEMALE, null,
                null, "phq-9"));
        List<GroupMemberId> members = new ArrayList<>();
        for (String name : List.of("Amina (fictional)", "Grace (fictional)", "Mercy (fictional)")) {
            members.add(groups.addMember(organisation.clinician(), group, new NewMember(null, name, 1990,
                    Sex.FEMALE)));
        }
        for (int number = 1; number <= 4; number++) {
            List<MemberCheckIn> checkIns = new ArrayList<>();
            members.forEach(m -> checkIns.add(new MemberCheckIn(m, true, Map.of(), "A calmer week", null,
                    "Visit a neighbour", null)));
            context.getBean(GroupSessionService.class).record(organisation.clinician(), group, new GroupSessionEntry(
                    UUID.randomUUID(), number, today.minusWeeks(5 - number).atTime(10, 0), SessionMode.IN_PERSON,
                    true, null, checkIns));
        }

        Page page = browser.page();
        page.setViewportSize(768, 1024);
        Browser.signIn(page, url(""), organisation.email("clinician"));

        // a screening day: one person a screen, the page swapped in place
        page.navigate(url("/screening"));
        page.locator("#site").fill("Kisoro");
        page.locator("#eligibleFrom").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the screening day")).click();
        assertThat(page.locator("h1")).containsText("Kisoro");
        browser.checkAccessibility(page);
        page.evaluate("window.screeningMarker = 'same page'");
        assertThat(page.evaluate("typeof htmx")).as("htmx is loaded").isEqualTo("object");
        page.locator("#name").fill("Ruth (fictional)");
        page.locator("#age").fill("34");
        for (int item = 0; item < 8; item++) {
            page.locator("#a-" + item + "-2").check();
        }
        page.locator("#a-8-0").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Screen").setExact(true)).click();
        assertThat(page.locator("#screening-day .notice")).containsText("Ruth (fictional)");
        assertThat(page.locator("#screening-day .notice")).containsText("Eligible");
        assertThat(page.evaluate("window.screeningMarker")).as("no page reload").isEqualTo("same page");
        browser.checkAccessibility(page);

        // the fifth group session on the guided screen: Mercy answers the risk question
        page.navigate(url("/groups/" + group + "/sessions/new"));
        assertThat(page.locator("h1")).containsText("5");
        browser.checkAccessibility(page);
        for (int i = 0; i < 3; i++) {
            page.locator("#here-" + i).check();
        }
        page.locator("fieldset.check-in").nth(2).locator("summary").click();
        for (int item = 0; item < 8; item++) {
            page.locator("#a-2-" + item + "-1").check();
        }
        page.locator("#a-2-8-1").check();
        page.locator("#link-2").fill("Felt alone all week (fictional)");
        page.getByLabel("I told the group how many sessions are left").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the session")).click();
        assertThat(page.locator("h1")).containsText("5");
        assertThat(page.locator("table")).containsText("Felt alone all week (fictional)");
        browser.checkAccessibility(page);

        // the supervisor finds Mercy first, her risk event open
        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("supervisor"));
        page.navigate(url("/supervision"));
        assertThat(page.locator("tbody tr").first()).containsText("Mercy (fictional)");
        browser.checkAccessibility(page);
        Browser.inSpanish(page, () -> {
            page.navigate(url("/supervision"));
            browser.checkAccessibility(page);
            page.navigate(url("/groups/" + group));
            browser.checkAccessibility(page);
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
