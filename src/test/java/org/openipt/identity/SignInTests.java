package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
    void wrongPasswordsSlowTheAddressTheyComeFromButNeverLockTheClinicianOut() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signInFrom("203.0.113.9", org.email("other"), "wrong-guess-123"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MvcResult held = mvc.perform(signInFrom("203.0.113.9", org.email("other"), Fixtures.PASSWORD)).andReturn();
        assertThat(held.getResponse().getRedirectedUrl()).as("even the right password waits there")
                .startsWith("/login?wait=");
        assertThat(held.getRequest().getSession(false) == null
                || held.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
        mvc.perform(get("/login").param("wait", "2")).andExpect(content().string(
                Matchers.containsString("Wait 2 seconds, then try again. Nobody else is kept out of the account.")));

        mvc.perform(signInFrom("198.51.100.7", org.email("other"), Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void guessingManyAccountsFromOneAddressSlowsThatAddressForEveryAccount() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            mvc.perform(signInFrom("203.0.113.10", "nobody" + attempt + "@example.org", "wrong-guess-123"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(mvc.perform(signInFrom("203.0.113.10", org.email("clinician"), Fixtures.PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl()).startsWith("/login?wait=");
        mvc.perform(signInFrom("198.51.100.8", org.email("clinician"), Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theApiAnswers429WithRetryAfterToAnAddressThatMustWait() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/v1/clients").with(from("203.0.113.11"))
                    .with(httpBasic(org.email("clinician"), "wrong-guess-123"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/clients").with(from("203.0.113.11"))
                .with(httpBasic(org.email("clinician"), Fixtures.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/clients").with(from("198.51.100.9"))
                .with(httpBasic(org.email("clinician"), Fixtures.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anIntegrationsParallelCallsWithOneAccountAllSucceed() throws Exception {
        mvc.perform(get("/api/v1/clients").with(from("198.51.100.30"))
                .with(httpBasic(org.email("clinician"), "wrong-guess-123"))).andExpect(status().isUnauthorized());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int caller = 0; caller < 8; caller++) {
            answers.add(callers.submit(() -> {
                go.await();
                return mvc.perform(get("/api/v1/clients").with(from("198.51.100.31"))
                        .with(httpBasic(org.email("clinician"), Fixtures.PASSWORD))).andReturn().getResponse()
                        .getStatus();
            }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        callers.shutdown();
        assertThat(statuses).as("each sign-in once counted the account's failures down at the same moment: the fault "
                + "harness saw 500s from the account's version").containsOnly(200);
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

        UserId created = identity.findByEmail(org.id(), email).orElseThrow();
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

    private static MockHttpServletRequestBuilder signInFrom(
            String address, String email, String password) {
        return post("/login").with(csrf()).with(from(address)).param("email", email).param("password", password);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
