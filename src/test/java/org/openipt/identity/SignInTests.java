package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class SignInTests {

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
    void ourOwnSignInPageIsServedWithStrictHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<label for=\"email\">E-mail or sign-in name</label>")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aClinicianSignsInByEmailLandsOnTheCaseloadAndSignsOut() throws Exception {
        MockHttpSession session = signIn(org.email("clinician"), Fixtures.PASSWORD);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/caseload"));
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Fixture Client")));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/caseload").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = signIn(org.email("clinician"), Fixtures.PASSWORD);

        mvc.perform(post("/clients").session(session).param("displayName", "Forged"))
                .andExpect(status().is3xxRedirection());
        MockHttpSession again = signIn(org.email("clinician"), Fixtures.PASSWORD);
        mvc.perform(get("/caseload").session(again).param("search", "Forged"))
                .andExpect(content().string(Matchers.containsString("No client matches")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/login").with(csrf()).param("email", org.email("other")).param("password", "wrong-guess-123"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("email", org.email("other")).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(
                Matchers.containsString("locked for 15 minutes")));
    }

    @Test
    void theLanguageChosenIsRememberedAsThePersonsPreference() throws Exception {
        MockHttpSession session = signIn(org.email("clinician"), Fixtures.PASSWORD);
        mvc.perform(post("/language").session(session).with(csrf()).param("language", "es").param("returnTo", "/caseload"))
                .andExpect(redirectedUrl("/caseload"));
        mvc.perform(get("/caseload").session(session)).andExpect(content().string(Matchers.containsString("lang=\"es\"")));

        MockHttpSession later = signIn(org.email("clinician"), Fixtures.PASSWORD);
        mvc.perform(get("/caseload").session(later)).andExpect(content().string(Matchers.containsString("lang=\"es\"")));
    }

    @Test
    void theLanguagePickerNeverRedirectsElsewhere() throws Exception {
        mvc.perform(post("/language").with(csrf()).param("language", "es").param("returnTo", "//evil.example"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesShowTheIdleTimeoutWarningSettings() throws Exception {
        MockHttpSession session = signIn(org.email("clinician"), Fixtures.PASSWORD);

        mvc.perform(get("/caseload").session(session)).andExpect(content().string(Matchers.allOf(
                Matchers.containsString("data-idle-timeout=\"1800\""), Matchers.containsString("id=\"idle-warning\""))));
        mvc.perform(post("/session/keep-alive").session(session).with(csrf())).andExpect(status().isNoContent());
    }

    @Test
    void healthAnswersWithoutSignInAndRevealsNothingElse() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"status\":\"UP\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("components"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("details"))));
    }

    @Test
    void anAdministratorOpensAStaffAccountAndAssignsItsSupervisor() throws Exception {
        MockHttpSession admin = signIn(org.email("admin"), Fixtures.PASSWORD);
        String email = "new-clinician" + org.emailSuffix();

        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("email", email)
                .param("displayName", "New Clinician").param("password", "a long enough passphrase")
                .param("role", "CLINICIAN").param("layCounsellor", "true")
                .param("supervisorId", org.supervisor().id().toString()))
                .andExpect(redirectedUrl("/admin/users"));

        UserId created = identity.findByEmail(email).orElseThrow();
        UserSummary summary = identity.user(org.admin(), created);
        assertThat(summary.layCounsellor()).isTrue();
        assertThat(summary.supervisorId()).isEqualTo(org.supervisor().id());
        assertThat(identity.teamOf(org.supervisor().id())).contains(created);
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReasons() throws Exception {
        MockHttpSession admin = signIn(org.email("admin"), Fixtures.PASSWORD);

        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("email", "weak" + org.emailSuffix())
                .param("displayName", "Weak").param("password", "short").param("role", "CLINICIAN"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(Matchers.containsString("at least 12 characters")))
                .andExpect(content().string(Matchers.containsString("value=\"Weak\"")));
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
