package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The second factor at sign-in: staff of an organisation that requires it set it up at their first sign-in and
 * are not signed in until they have; afterwards a code of the moment (once) or a recovery code (once) completes the
 * sign-in; wrong codes start it over; the API's password sign-in does not get round it; an administrator resets a
 * lost one, audited; clients may set one up and switch it off.
 */
@DatabaseTest
class SecondFactorTests {

    static final Pattern KEY = Pattern.compile("data-kind=\"authenticator-key\">([A-Z2-7 ]+)<");
    static final Pattern RECOVERY_CODE = Pattern.compile("data-kind=\"recovery-code\">([0-9A-Z-]{11})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Organisation org;
    /** This test's own address, so that its wrong codes slow nobody else's sign-in in the shared application. */
    final String address = "192.0.2." + (1 + new java.util.Random().nextInt(254));

    @BeforeEach
    void organisationThatRequiresASecondFactor() {
        org = Fixtures.organisation(context);
        identity.changeSettings(org.admin(), null, true, identity.settings(org.admin()).version());
    }

    @Test
    void newOrganisationsRequireASecondFactorOfTheirStaffAndTheDemoDoesNot() {
        OrganisationId opened = identity.openOrganisation("Newly opened", "UTC", false);
        assertThat(jdbc.queryForObject("select second_factor_required from organisation where id = ?",
                Boolean.class, opened.value())).isTrue();
        identity.demoOrganisation().ifPresent(demo -> assertThat(jdbc.queryForObject(
                "select second_factor_required from organisation where id = ?", Boolean.class, demo.value())).isFalse());
    }

    @Test
    void staffSetItUpAtTheirFirstSignInAndAreNotSignedInBeforeThey() throws Exception {
        MockHttpSession session = password(org.email("clinician"));
        assertThat(mvc.perform(get("/caseload").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("a right password alone signs nobody in").endsWith("/login");

        String setUp = page(session, "/login/second-factor");
        assertThat(setUp).contains("data:image/svg+xml;base64,", "Set up your second factor");
        String secret = secret(setUp);
        assertThat(send(session, "/login/second-factor/set-up", "123456").getStatus()).isEqualTo(422);
        assertThat(page(session, "/login/second-factor")).as("the same key again, as the app may have it already")
                .contains(AuthenticatorCodes.grouped(secret));

        MockHttpServletResponse confirmed = send(session, "/login/second-factor/set-up", codeNow(secret));
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/account/second-factor/recovery-codes");
        MockHttpSession signedIn = signedInSession(confirmed, session);
        List<String> recoveryCodes = recoveryCodes(page(signedIn, "/account/second-factor/recovery-codes"));
        assertThat(recoveryCodes).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(mvc.perform(get("/account/second-factor/recovery-codes").session(signedIn)).andReturn()
                .getResponse().getRedirectedUrl()).as("shown once only").isEqualTo("/account/second-factor");
        assertThat(page(signedIn, "/caseload")).contains("Fixture Client");
        assertThat(page(signedIn, "/account/second-factor")).contains("10 recovery codes left")
                .doesNotContain(secret).doesNotContain("Switch the second factor off");
        assertThat(audited(org.clinician().id(), "SET_UP")).isEqualTo(1);
    }

    @Test
    void laterSignInsTakeACodeOnceOrARecoveryCodeOnceAndFiveWrongCodesStartOver() throws Exception {
        String secret = setUp(org.email("supervisor"));
        List<String> recoveryCodes = lastRecoveryCodes;

        MockHttpSession first = password(org.email("supervisor"));
        assertThat(page(first, "/login/second-factor")).contains("Code from your authenticator app");
        String code = codeNow(secret);
        assertThat(send(first, "/login/second-factor", code).getStatus())
                .as("the code that confirmed the set-up was used there").isEqualTo(422);
        MockHttpServletResponse withNext = send(first, "/login/second-factor", codeNext(secret));
        assertThat(withNext.getRedirectedUrl()).isEqualTo("/");
        assertThat(page(signedInSession(withNext, first), "/supervision")).isNotEmpty();

        MockHttpSession second = password(org.email("supervisor"));
        assertThat(send(second, "/login/second-factor", codeNext(secret)).getStatus()).as("a code works once")
                .isEqualTo(422);
        MockHttpServletResponse withRecovery = send(second, "/login/second-factor",
                recoveryCodes.getFirst().toLowerCase().replace("-", " "));
        assertThat(withRecovery.getRedirectedUrl()).as("a recovery code, however typed").isEqualTo("/");
        assertThat(audited(org.supervisor().id(), "RECOVERY_CODE_USED")).isEqualTo(1);

        MockHttpSession third = password(org.email("supervisor"));
        assertThat(send(third, "/login/second-factor", recoveryCodes.getFirst()).getStatus())
                .as("a recovery code works once").isEqualTo(422);
        for (int wrong = 2; wrong <= 4; wrong++) {
            assertThat(send(third, "/login/second-factor", "000000").getStatus()).isEqualTo(422);
        }
        assertThat(send(third, "/login/second-factor", "000000").getRedirectedUrl())
                .as("five wrong codes: the password again").isEqualTo("/login?again");
        assertThat(mvc.perform(get("/supervision").session(third)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void theApisPasswordSignInDoesNotGetRoundTheSecondFactor() throws Exception {
        MvcResult refused = mvc.perform(get("/api/v1/clients").with(httpBasic(org.email("clinician"),
                Fixtures.PASSWORD))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentAsString()).contains("second factor");

        identity.changeSettings(org.admin(), null, false, identity.settings(org.admin()).version());
        assertThat(mvc.perform(get("/api/v1/clients").with(httpBasic(org.email("clinician"), Fixtures.PASSWORD)))
                .andReturn().getResponse().getStatus()).as("not required, not set up").isEqualTo(200);
    }

    @Test
    void anAdministratorResetsALostSecondFactorAuditedAndOnlyInTheirOwnOrganisation() throws Exception {
        setUp(org.email("clinician"));
        MockHttpSession admin = signedIn(org.email("admin"));
        String account = "/admin/users/" + org.clinician().id().value();
        assertThat(page(admin, account)).contains("Reset the second factor");

        Fixtures.Organisation elsewhere = Fixtures.organisation(context);
        MockHttpSession otherAdmin = Pages.signIn(mvc, elsewhere.email("admin"));
        assertThat(mvc.perform(post(account + "/second-factor/reset").session(otherAdmin).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        assertThat(mvc.perform(post(account + "/second-factor/reset").session(admin).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo(account);
        assertThat(page(admin, account)).contains("Not set up").doesNotContain("Reset the second factor");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where user_id = ? and object_id = ? "
                + "and object_type = 'secondFactor' and detail = 'RESET_BY_ADMINISTRATOR'", Integer.class,
                org.admin().id().value(), org.clinician().id().value())).isEqualTo(1);
        assertThat(page(password(org.email("clinician")), "/login/second-factor"))
                .as("set up anew at the next sign-in").contains("Set up your second factor");
    }

    @Test
    void aClientMaySetOneUpAndSwitchItOffWithACode() throws Exception {
        MockHttpSession client = signedIn(org.email("client"));
        assertThat(page(client, "/account/second-factor")).contains("You sign in with your password only.");
        String secret = secret(page(client, "/account/second-factor/set-up"));
        assertThat(send(client, "/account/second-factor/set-up", codeNow(secret)).getRedirectedUrl())
                .isEqualTo("/account/second-factor/recovery-codes");
        assertThat(page(client, "/account/second-factor")).contains("Switch the second factor off");

        assertThat(send(client, "/account/second-factor/remove", "999999").getStatus()).isEqualTo(422);
        assertThat(send(client, "/account/second-factor/remove", codeNext(secret)).getRedirectedUrl())
                .isEqualTo("/account/second-factor");
        assertThat(page(client, "/account/second-factor")).contains("You sign in with your password only.");
        assertThat(audited(org.clientUser().id(), "REMOVED")).isEqualTo(1);
    }

    List<String> lastRecoveryCodes = List.of();

    /** Signs in with the password, sets up the second factor with a code and keeps the recovery codes. */
    private String setUp(String email) throws Exception {
        MockHttpSession session = password(email);
        String secret = secret(page(session, "/login/second-factor"));
        MockHttpServletResponse confirmed = send(session, "/login/second-factor/set-up", codeNow(secret));
        lastRecoveryCodes = recoveryCodes(page(signedInSession(confirmed, session),
                "/account/second-factor/recovery-codes"));
        return secret;
    }

    private MockHttpSession password(String email) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(fromAddress()).param("email", email)
                .param("password", Fixtures.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Signed in with a password alone: the administrator, once the requirement is off for them. */
    private MockHttpSession signedIn(String email) throws Exception {
        identity.changeSettings(org.admin(), null, false, identity.settings(org.admin()).version());
        try {
            return Pages.signIn(mvc, email);
        }
        finally {
            identity.changeSettings(org.admin(), null, true, identity.settings(org.admin()).version());
        }
    }

    private MockHttpServletResponse send(MockHttpSession session, String url, String code) throws Exception {
        return mvc.perform(post(url).session(session).with(csrf()).with(fromAddress()).param("code", code)).andReturn()
                .getResponse();
    }

    private RequestPostProcessor fromAddress() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The session after the sign-in finished: the same session object, under its new id. */
    private static MockHttpSession signedInSession(MockHttpServletResponse response, MockHttpSession session) {
        assertThat(response.getStatus()).isEqualTo(302);
        return session;
    }

    private String codeNow(String secret) {
        return AuthenticatorCodes.codeAt(secret, clock.instant());
    }

    private String codeNext(String secret) {
        return AuthenticatorCodes.codeAt(secret, clock.instant().plusSeconds(30));
    }

    private int audited(UserId account, String change) {
        return jdbc.queryForObject("select count(*) from audit_record where object_id = ? "
                + "and object_type = 'secondFactor' and detail = ?", Integer.class, account.value(), change);
    }

    private static String secret(String page) {
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the key to type by hand").isTrue();
        return key.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
