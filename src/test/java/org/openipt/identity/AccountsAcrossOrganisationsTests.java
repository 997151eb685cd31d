package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One e-mail address, an account in two organisations: the second organisation's administrator opens it exactly
 * as any other (nothing tells them of the first), each password opens its own organisation's account, and a
 * forgotten password sends a link for each. Within one organisation the address is still taken once.
 */
@DatabaseTest
class AccountsAcrossOrganisationsTests {

    static final String OTHER_PASSWORD = "a different long passphrase 77";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Organisation first;
    Fixtures.Organisation second;
    String address;

    @BeforeEach
    void twoOrganisations() {
        first = Fixtures.organisation(context);
        second = Fixtures.organisation(context);
        address = first.email("clinician");
    }

    @Test
    void anAdministratorOpensAnAccountForAnAddressInUseElsewhereWithoutLearningOfIt() throws Exception {
        MockHttpSession admin = Pages.signIn(mvc, second.email("admin"));
        assertThat(openAccount(admin, address).getRedirectedUrl()).as("as for any new address")
                .isEqualTo("/admin/users");

        MockHttpServletResponse again = openAccount(admin, address);
        assertThat(again.getStatus()).as("taken in their own organisation").isEqualTo(422);
        assertThat(again.getContentAsString()).contains("An account in your organisation already signs in with this");
    }

    @Test
    void eachPasswordOpensItsOwnOrganisationsAccount() throws Exception {
        openAccount(Pages.signIn(mvc, second.email("admin")), address);

        String firstCaseload = caseload(Pages.signIn(mvc, address, Fixtures.PASSWORD));
        assertThat(firstCaseload).contains("Fixture Client");
        String secondCaseload = caseload(Pages.signIn(mvc, address, OTHER_PASSWORD));
        assertThat(secondCaseload).doesNotContain("Fixture Client");
        assertThat(mvc.perform(post("/login").with(csrf()).param("email", address).param("password",
                "neither of the two 99")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(mvc.perform(get("/api/v1/clients").with(httpBasic(address, OTHER_PASSWORD))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("Fixture Client");
    }

    @Test
    void aForgottenPasswordSendsALinkToEachOfTheAddresssAccounts() throws Exception {
        openAccount(Pages.signIn(mvc, second.email("admin")), address);
        mvc.perform(post("/password/forgotten").with(csrf()).param("email", address));
        assertThat(jdbc.queryForObject("select count(distinct t.organisation_id) from account_token t "
                + "join user_account u on u.id = t.user_id where u.email = ? and t.purpose = 'PASSWORD_RESET'",
                Integer.class, address)).isEqualTo(2);
    }

    private MockHttpServletResponse openAccount(MockHttpSession admin, String email) throws Exception {
        return mvc.perform(post("/admin/users").session(admin).with(csrf()).param("email", email)
                .param("displayName", "Same Person").param("password", OTHER_PASSWORD).param("role", "CLINICIAN")
                .param("supervisorId", "")).andReturn().getResponse();
    }

    private String caseload(MockHttpSession session) throws Exception {
        return mvc.perform(get("/caseload").session(session)).andReturn().getResponse().getContentAsString();
    }
}
