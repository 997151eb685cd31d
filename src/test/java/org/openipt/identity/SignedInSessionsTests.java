package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.MovingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Your sessions": a person sees where they are signed in and ends any other session; an administrator ends all of
 * an account's, and switching an account off ends them at once; no session outlives twelve hours from its sign-in.
 */
@DatabaseTest
class SignedInSessionsTests {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0 Mobile Safari/537.36";
    static final String LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final Pattern END = Pattern.compile("action=\"(/account/sessions/[0-9a-f-]{36}/end)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;

    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
    }

    @Test
    void aPersonSeesBothPlacesTheyAreSignedInAndEndsTheOther() throws Exception {
        MockHttpSession laptop = signIn(org.email("clinician"), LAPTOP, "198.51.100.20");
        MockHttpSession phone = signIn(org.email("clinician"), PHONE, "198.51.100.21");

        String page = page(laptop, "/account/sessions");
        assertThat(page).contains("Firefox · Windows", "Chrome · Android", "198.51.100.21", "this device");
        assertThat(ends(page)).as("the other session can be ended, this one is signed out instead").hasSize(1);

        mvc.perform(post(ends(page).getFirst()).session(laptop).with(csrf()));

        assertThat(status(phone, "/caseload")).as("the phone must sign in again").isEqualTo(302);
        assertThat(status(laptop, "/caseload")).isEqualTo(200);
        assertThat(page(laptop, "/account/sessions")).doesNotContain("Chrome · Android");
    }

    @Test
    void everySessionButThisOneEndsAtOnce() throws Exception {
        MockHttpSession first = signIn(org.email("clinician"), LAPTOP, "198.51.100.22");
        MockHttpSession second = signIn(org.email("clinician"), PHONE, "198.51.100.23");
        MockHttpSession third = signIn(org.email("clinician"), PHONE, "198.51.100.24");

        mvc.perform(post("/account/sessions/end-others").session(first).with(csrf()));

        assertThat(status(second, "/caseload")).isEqualTo(302);
        assertThat(status(third, "/caseload")).isEqualTo(302);
        assertThat(status(first, "/caseload")).isEqualTo(200);
    }

    @Test
    void nobodyEndsAnotherPersonsSession() throws Exception {
        MockHttpSession clinician = signIn(org.email("clinician"), LAPTOP, "198.51.100.25");
        MockHttpSession other = signIn(org.email("clinician"), PHONE, "198.51.100.26");
        String theirs = ends(page(clinician, "/account/sessions")).getFirst();
        MockHttpSession stranger = signIn(org.email("other"), LAPTOP, "198.51.100.27");

        assertThat(mvc.perform(post(theirs).session(stranger).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(status(other, "/caseload")).isEqualTo(200);
    }

    @Test
    void anAdministratorEndsEverySessionOfAnAccountAndSwitchingItOffEndsThemAtOnce() throws Exception {
        MockHttpSession clinician = signIn(org.email("clinician"), LAPTOP, "198.51.100.28");
        MockHttpSession admin = signIn(org.email("admin"), LAPTOP, "198.51.100.29");

        mvc.perform(post("/admin/users/{id}/sessions/end", org.clinician().id()).session(admin).with(csrf()));
        assertThat(status(clinician, "/caseload")).isEqualTo(302);

        MockHttpSession again = signIn(org.email("clinician"), LAPTOP, "198.51.100.28");
        UserSummary account = identity.user(org.admin(), org.clinician().id());
        identity.updateUser(org.admin(), account.id(), account.displayName(), account.role(), account.layCounsellor(),
                account.supervisorId(), false,
                account.needsSignOff(), account.version());
        assertThat(status(again, "/caseload")).as("switched off: out at once, not at the end of the session")
                .isEqualTo(302);
    }

    @Test
    void anAdministratorOfAnotherOrganisationEndsNothing() throws Exception {
        MockHttpSession clinician = signIn(org.email("clinician"), LAPTOP, "198.51.100.30");
        Fixtures.Organisation elsewhere = Fixtures.organisation(context);
        MockHttpSession foreignAdmin = signIn(elsewhere.email("admin"), LAPTOP, "198.51.100.31");

        assertThat(mvc.perform(post("/admin/users/{id}/sessions/end", org.clinician().id()).session(foreignAdmin)
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(status(clinician, "/caseload")).isEqualTo(200);
    }

    @Test
    void noSessionOutlivesTwelveHoursFromItsSignInHoweverActive() {
        MovingClock clock = new MovingClock();
        SignedInSessions sessions = new SignedInSessions(identity, context, clock, Duration.ofHours(12));
        MockHttpServletRequest request = new MockHttpServletRequest();
        sessions.signedIn(request, org.clinician().id());

        clock.pass(Duration.ofHours(11).plusMinutes(59));
        assertThat(sessions.outlived(request.getSession())).isFalse();
        clock.pass(Duration.ofMinutes(1));
        assertThat(sessions.outlived(request.getSession())).isTrue();
        assertThat(sessions.outlived(new MockHttpSession())).as("a session nobody signed in with").isFalse();
    }

    private MockHttpSession signIn(String email, String device, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).header("User-Agent", device).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("email", email).param("password", Fixtures.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getStatus();
    }

    private static List<String> ends(String page) {
        Matcher end = END.matcher(page);
        return end.results().map(found -> found.group(1)).toList();
    }
}
