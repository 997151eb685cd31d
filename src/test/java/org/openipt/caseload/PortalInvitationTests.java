package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.identity.AccountSetupService;
import org.openipt.identity.IssuedSecret;
import org.openipt.notification.internal.Outbox;
import org.openipt.shared.NotFoundException;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A client's way into the portal, through the pages as the clinician and the client use them: an e-mailed link or a
 * code read out, a password set once, nothing before that, a new invitation that ends the old one, a forgotten
 * password, and the same answer for every link or address that does not work.
 */
@DatabaseTest
class PortalInvitationTests {

    static final String NEW_PASSWORD = "a long enough passphrase 42";
    static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/(?:invitation|password/reset)/[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    CaseloadService caseload;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PortalInvitationService invitations;
    @Autowired
    AccountSetupService accounts;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession clinician;
    ClientId client;
    String clientEmail;

    @BeforeEach
    void aClientWithoutAnAccount() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        clinician = pages.signIn(org.email("clinician"));
        clientEmail = "amina-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
        client = caseload.register(org.clinician(), new ClientFields("Amina K", 1990, clientEmail, "en", null));
    }

    private MockHttpServletResponse inviteByEmail(String email) throws Exception {
        return pages.send(clinician, "/clients/" + client + "/portal-invitation", "channel", "EMAIL", "email", email);
    }

    /** The path of the newest link e-mailed to this address, as the client would follow it. */
    private String linkSentTo(String email, String kind) {
        List<String> bodies = jdbc.sql("select body_text from notification where recipient_email = ? and kind = ?"
                + " order by created_at desc").params(email, kind).query(String.class).list();
        assertThat(bodies).as("an e-mail of kind %s to %s", kind, email).isNotEmpty();
        Matcher link = LINK.matcher(bodies.getFirst());
        assertThat(link.find()).as(bodies.getFirst()).isTrue();
        return link.group(1);
    }

    /** Follows a link as an anonymous browser, then sets the password; answers the last response. */
    private MockHttpServletResponse setPassword(MockHttpSession browser, String form, String... fields)
            throws Exception {
        var request = post(form).session(browser).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private boolean signsIn(String signIn, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", signIn).param("password", password))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location != null && !location.contains("/login");
    }

    /** A page without what differs between any two requests: the CSRF token, and where the language picker returns. */
    private static String comparable(String page) {
        return page.replaceAll("(name=\"returnTo\" value=\")[^\"]*", "$1").replaceAll("(name=\"_csrf\" (?:value|content)=\")[^\"]*", "$1").replaceAll(
                "(content=\")[A-Za-z0-9_-]{40,}(\")", "$1$2");
    }

    private long audited(String detail) {
        return jdbc.sql("select count(*) from audit_record where client_id = ? and object_type = 'PORTAL_INVITATION'"
                + " and detail = ?").params(client.value(), detail).query(Long.class).single();
    }

    @Test
    void anEmailedLinkLetsTheClientSetTheirPasswordOnceAndNothingIsVisibleBefore() throws Exception {
        assertThat(pages.page(clinician, "/clients/" + client)).contains(pages.text("portal.status.none"));

        MockHttpServletResponse invited = inviteByEmail(clientEmail);
        assertThat(invited.getRedirectedUrl()).isEqualTo("/clients/" + client);
        assertThat(pages.page(clinician, "/clients/" + client)).contains("Invited; the invitation works until");
        assertThat(signsIn(clientEmail, NEW_PASSWORD)).as("no sign-in before a password is set").isFalse();
        String link = linkSentTo(clientEmail, "INVITATION");

        MockHttpSession browser = new MockHttpSession();
        MockHttpServletResponse followed = mvc.perform(get(link).session(browser)).andReturn().getResponse();
        assertThat(followed.getRedirectedUrl()).as("the secret leaves the address").isEqualTo("/invitation/password");
        MockHttpServletResponse form = mvc.perform(get("/invitation/password").session(browser)).andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Welcome, Amina K").doesNotContain("signIn\"");

        MockHttpServletResponse differs = setPassword(browser, "/invitation/password", "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD + "!");
        assertThat(differs.getStatus()).isEqualTo(422);
        assertThat(differs.getContentAsString()).contains(pages.text("password.confirmationDiffers"))
                .doesNotContain(NEW_PASSWORD);
        MockHttpServletResponse weak = setPassword(browser, "/invitation/password", "password", "short",
                "confirmation", "short");
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(weak.getContentAsString()).contains(pages.text("password.tooShort"));

        MockHttpServletResponse done = setPassword(browser, "/invitation/password", "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD);
        assertThat(done.getRedirectedUrl()).isEqualTo("/login");
        assertThat(signsIn(clientEmail, NEW_PASSWORD)).isTrue();
        assertThat(pages.page(clinician, "/clients/" + client)).contains("Uses the portal since")
                .contains(clientEmail);
        assertThat(audited("history.portalInvitedByEmail")).isEqualTo(1);
        assertThat(audited("history.portalSetUp")).isEqualTo(1);

        UUID mail = jdbc.sql("select id from notification where recipient_email = ? and kind = 'INVITATION'")
                .param(clientEmail).query(UUID.class).single();
        context.getBean(Outbox.class).markSent(mail, Instant.now());
        assertThat(jdbc.sql("select body_text from notification where id = ?").param(mail).query(String.class)
                .single()).as("the outbox keeps no secret once the e-mail is sent").doesNotContain("/invitation/");

        MockHttpServletResponse replay = mvc.perform(get(link).session(new MockHttpSession())).andReturn()
                .getResponse();
        assertThat(replay.getStatus()).isEqualTo(404);
        assertThat(replay.getContentAsString()).contains(pages.text("setup.unusable.title"));
        assertThat(setPassword(browser, "/invitation/password", "password", "another long passphrase 7",
                "confirmation", "another long passphrase 7").getStatus()).as("the held secret is spent").isEqualTo(404);
    }

    @Test
    void twoPasswordsSetWithOneCodeAtTheSameMomentLeaveOneAndTheOtherIsToldTheCodeIsSpent() throws Exception {
        IssuedSecret code = invitations.inviteByCode(org.clinician(), client);
        String name = "amina-" + client.value().toString().substring(0, 8);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (String password : List.of(NEW_PASSWORD, "another long passphrase 7")) {
                attempts.add(browsers.submit(() -> {
                    together.await();
                    try {
                        accounts.completeSetup(code.secret(), password, name);
                        return password;
                    }
                    catch (NotFoundException spent) {
                        return "spent";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                outcomes.add(attempt.get());
            }
            assertThat(outcomes).containsOnlyOnce("spent");
            String winner = outcomes.stream().filter(o -> !o.equals("spent")).findFirst().orElseThrow();
            String loser = winner.equals(NEW_PASSWORD) ? "another long passphrase 7" : NEW_PASSWORD;
            assertThat(signsIn(name, winner)).isTrue();
            assertThat(signsIn(name, loser)).isFalse();
        }
        finally {
            browsers.shutdownNow();
        }
    }

    @Test
    void aNewInvitationEndsTheEarlierOne() throws Exception {
        inviteByEmail(clientEmail);
        String first = linkSentTo(clientEmail, "INVITATION");
        jdbc.sql("update notification set created_at = created_at - interval '1' minute where recipient_email = ?")
                .param(clientEmail).update();
        inviteByEmail(clientEmail);
        String second = linkSentTo(clientEmail, "INVITATION");

        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/invitation/password");
    }

    @Test
    void anExpiredLinkAndAnUnknownOneGetTheSameAnswer() throws Exception {
        inviteByEmail(clientEmail);
        String link = linkSentTo(clientEmail, "INVITATION");
        jdbc.sql("update account_token set expires_at = ? where user_id = (select user_account_id from client"
                + " where id = ?)").params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), client.value())
                .update();

        MockHttpServletResponse expired = mvc.perform(get(link)).andReturn().getResponse();
        MockHttpServletResponse unknown = mvc.perform(get("/invitation/" + "A".repeat(43))).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(404);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(comparable(expired.getContentAsString())).as("nothing tells them apart")
                .isEqualTo(comparable(unknown.getContentAsString()));
        assertThat(pages.page(clinician, "/clients/" + client)).contains(pages.text("portal.status.lapsed"));
    }

    @Test
    void aCodeReadOutLetsAClientWithoutEmailChooseASignInName() throws Exception {
        ClientId noEmail = caseload.register(org.clinician(), new ClientFields("Juan P", 1970, null, "es", null));
        MockHttpServletResponse invited = pages.send(clinician, "/clients/" + noEmail + "/portal-invitation",
                "channel", "CODE");
        assertThat(invited.getRedirectedUrl()).isEqualTo("/clients/" + noEmail + "/portal-invitation/code");
        MockHttpServletResponse shown = pages.open(clinician, invited.getRedirectedUrl());
        String page = shown.getContentAsString();
        Matcher code = Pattern.compile("data-kind=\"invitation-code\">([0-9A-Z]{5}-[0-9A-Z]{5})<").matcher(page);
        assertThat(code.find()).as(page).isTrue();
        assertThat(shown.getHeader("Cache-Control")).contains("no-store");
        assertThat(mvc.perform(get(invited.getRedirectedUrl()).session(clinician)).andReturn().getResponse()
                .getRedirectedUrl()).as("shown once").isEqualTo("/clients/" + noEmail);

        MockHttpSession browser = new MockHttpSession();
        MockHttpServletResponse wrong = setPassword(browser, "/invitation", "code", "00000-00000");
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains(pages.text("invitation.code.unknown"));
        String typed = code.group(1).toLowerCase().replace("-", " ");
        assertThat(setPassword(browser, "/invitation", "code", typed).getRedirectedUrl())
                .isEqualTo("/invitation/password");
        assertThat(mvc.perform(get("/invitation/password").session(browser)).andReturn().getResponse()
                .getContentAsString()).contains("name=\"signIn\"");

        MockHttpServletResponse taken = setPassword(browser, "/invitation/password", "signIn",
                org.email("clinician"), "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString()).contains(pages.text("signIn.taken"));
        String name = "juan-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(setPassword(browser, "/invitation/password", "signIn", " " + name.toUpperCase() + " ", "password",
                NEW_PASSWORD, "confirmation", NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login");

        assertThat(signsIn(name, NEW_PASSWORD)).isTrue();
        assertThat(pages.page(clinician, "/clients/" + noEmail)).contains("signs in as " + name);
    }

    @Test
    void aForgottenPasswordGetsTheSameAnswerForEveryAddressAndALinkOnlyForAnAccount() throws Exception {
        MockHttpServletResponse unknown = mvc.perform(post("/password/forgotten").with(csrf())
                .param("email", "nobody-" + UUID.randomUUID() + "@example.org")).andReturn().getResponse();
        MockHttpServletResponse known = mvc.perform(post("/password/forgotten").with(csrf())
                .param("email", org.email("clinician").toUpperCase())).andReturn().getResponse();
        assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl()).isEqualTo("/password/forgotten");
        assertThat(known.getStatus()).isEqualTo(unknown.getStatus());

        String link = linkSentTo(org.email("clinician"), "PASSWORD_RESET");
        mvc.perform(post("/password/forgotten").with(csrf()).param("email", org.email("clinician")));
        assertThat(jdbc.sql("select count(*) from notification where recipient_email = ? and kind = 'PASSWORD_RESET'")
                .param(org.email("clinician")).query(Long.class).single()).as("a second request minutes later")
                .isEqualTo(1);

        MockHttpSession browser = new MockHttpSession();
        assertThat(mvc.perform(get(link).session(browser)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/password/new");
        assertThat(setPassword(browser, "/password/new", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)
                .getRedirectedUrl()).isEqualTo("/login");
        assertThat(signsIn(org.email("clinician"), Fixtures.PASSWORD)).isFalse();
        assertThat(signsIn(org.email("clinician"), NEW_PASSWORD)).isTrue();
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aLinkIssuedBeforeAnAdministratorDisabledTheAccountDoesNotOpenItAgain() throws Exception {
        mvc.perform(post("/password/forgotten").with(csrf()).param("email", org.email("clinician")));
        String link = linkSentTo(org.email("clinician"), "PASSWORD_RESET");
        org.openipt.identity.IdentityService identity = context.getBean(org.openipt.identity.IdentityService.class);
        org.openipt.identity.UserSummary before = identity.user(org.admin(), org.clinician().id());
        identity.updateUser(org.admin(), org.clinician().id(), before.displayName(), before.role(),
                before.layCounsellor(), before.supervisorId(), false, before.needsSignOff(), before.version());

        MockHttpSession browser = new MockHttpSession();
        assertThat(mvc.perform(get(link).session(browser)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(signsIn(org.email("clinician"), NEW_PASSWORD)).isFalse();
        assertThat(identity.user(org.admin(), org.clinician().id()).enabled()).as("still disabled").isFalse();
    }

    @Test
    void aClientAccountAnAdministratorClosedIsNotReopenedByAnInvitation() throws Exception {
        inviteByEmail(clientEmail);
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(get(linkSentTo(clientEmail, "INVITATION")).session(browser));
        setPassword(browser, "/invitation/password", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
        assertThat(signsIn(clientEmail, NEW_PASSWORD)).isTrue();
        org.openipt.identity.IdentityService identity = context.getBean(org.openipt.identity.IdentityService.class);
        org.openipt.identity.UserId account = identity.findByEmail(org.id(), clientEmail).orElseThrow();
        org.openipt.identity.UserSummary open = identity.user(org.admin(), account);
        identity.updateUser(org.admin(), account, open.displayName(), open.role(), false, null, false, false, open.version());

        assertThat(pages.page(clinician, "/clients/" + client)).contains(pages.text("portal.status.closed"));
        MockHttpServletResponse again = inviteByEmail(clientEmail);
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains(pages.text("portal.invitation.closed"));
        assertThat(pages.send(clinician, "/clients/" + client + "/portal-invitation", "channel", "CODE").getStatus())
                .isEqualTo(422);
        assertThat(signsIn(clientEmail, NEW_PASSWORD)).isFalse();
    }

    @Test
    void onlyAClinicianWhoMayChangeTheRecordInvites() throws Exception {
        MockHttpSession other = pages.signIn(org.email("other"));
        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        assertThat(pages.open(other, "/clients/" + client + "/portal-invitation").getStatus()).isEqualTo(404);
        assertThat(pages.send(other, "/clients/" + client + "/portal-invitation", "channel", "CODE").getStatus())
                .isEqualTo(404);
        assertThat(pages.send(supervisor, "/clients/" + client + "/portal-invitation", "channel", "CODE")
                .getStatus()).isEqualTo(404);
        assertThat(pages.page(supervisor, "/clients/" + client)).doesNotContain("/portal-invitation");
        assertThat(audited("history.portalInvitedByCode")).isZero();
    }

    @Test
    void anInvitationWithoutAChoiceOrWithABadAddressSaysWhyAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse none = pages.send(clinician, "/clients/" + client + "/portal-invitation", "email",
                "x@y.org");
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains(pages.text("portal.channel.required"));
        MockHttpServletResponse bad = inviteByEmail("not an address");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains(pages.text("signIn.emailInvalid")).contains("not an address");
    }
}
