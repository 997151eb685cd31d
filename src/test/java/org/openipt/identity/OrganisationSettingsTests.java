package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation's video link: set by an administrator (an https address or nothing, with a clear message for
 * anything else), shown to a client beside their next session only when that session is by video.
 */
@DatabaseTest
class OrganisationSettingsTests {

    static final String LINK = "https://meet.example.org/riverside-room";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession admin;

    @BeforeEach
    void organisation() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        admin = pages.signIn(org.email("admin"));
    }

    @Test
    void anAdministratorSetsTheLinkAndABadOneIsRefusedWithWhatWasTyped() throws Exception {
        String page = pages.page(admin, "/admin/organisation");
        assertThat(page).contains(pages.text("organisation.videoLink"));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(version.find()).isTrue();
        String read = version.group(1);
        MockHttpServletResponse refused = pages.send(admin, "/admin/organisation", "videoLink",
                "javascript:alert(1)", "version", read);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(pages.text("organisation.videoLink.invalid"))
                .contains("javascript:alert(1)");
        assertThat(pages.send(admin, "/admin/organisation", "videoLink", " " + LINK + " ", "version", read)
                .getStatus()).isEqualTo(302);
        assertThat(context.getBean(IdentityService.class).videoLink(org.id())).contains(LINK);
        assertThat(pages.send(admin, "/admin/organisation", "videoLink", "", "version", read).getStatus())
                .as("a stale version").isEqualTo(409);
        assertThat(pages.open(pages.signIn(org.email("clinician")), "/admin/organisation").getStatus())
                .isEqualTo(403);
    }

    @Test
    void theClientSeesTheLinkBesideTheirNextSessionOnlyWhenItIsByVideo() throws Exception {
        IdentityService identity = context.getBean(IdentityService.class);
        identity.changeSettings(org.admin(), LINK, false, identity.settings(org.admin()).version());
        LocalDate tomorrow = LocalDate.now(context.getBean(Clock.class)).plusDays(1);
        SessionService sessions = context.getBean(SessionService.class);
        sessions.recordSession(org.clinician(), org.course(), new SessionEntry(tomorrow.atTime(LocalTime.of(9, 0)),
                SessionMode.IN_PERSON, Attendance.SCHEDULED, null, null, null));
        MockHttpSession client = pages.signIn(org.email("client"));
        assertThat(pages.page(client, "/me")).doesNotContain(LINK);

        sessions.recordSession(org.clinician(), org.course(), new SessionEntry(tomorrow.atTime(LocalTime.of(8, 0)),
                SessionMode.VIDEO, Attendance.SCHEDULED, null, null, null));
        assertThat(pages.page(client, "/me")).contains("href=\"" + LINK + "\"")
                .contains(pages.text("portal.next.video"));
    }
}
