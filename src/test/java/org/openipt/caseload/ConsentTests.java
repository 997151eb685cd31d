package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * Consents through the pages: an administrator publishes, the client reads and agrees in the portal, the clinician
 * sees what is agreed and what is missing, a new version asks again, a repeat or a race records one agreement.
 */
@DatabaseTest
class ConsentTests {

    static final String TREATMENT_TEXT = "I agree to a course of IPT of about twelve weekly sessions.";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    ConsentService consents;
    @Autowired
    JdbcClient jdbc;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession admin;
    MockHttpSession client;
    MockHttpSession clinician;

    @BeforeEach
    void signIn() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        admin = pages.signIn(org.email("admin"));
        client = pages.signIn(org.email("client"));
        clinician = pages.signIn(org.email("clinician"));
    }

    private MockHttpServletResponse publish(String kind, String language, String title, String body)
            throws Exception {
        return pages.send(admin, "/admin/consents", "kind", kind, "language", language, "title", title, "body", body);
    }

    private ConsentStatus treatment() {
        return consents.mine(org.clientUser(), Locale.ENGLISH).stream()
                .filter(c -> c.current().kind() == ConsentKind.TREATMENT).findFirst().orElseThrow();
    }

    private long agreements() {
        return jdbc.sql("select count(*) from consent_agreement where client_id = ?").param(org.client().value())
                .query(Long.class).single();
    }

    @Test
    void theClientAgreesToWhatTheAdministratorPublishedAndTheClinicianSeesIt() throws Exception {
        assertThat(pages.page(client, "/me/consents")).contains(pages.text("consent.mine.none"));
        assertThat(publish("TREATMENT", "en", "Agreement to treatment", TREATMENT_TEXT).getRedirectedUrl())
                .isEqualTo("/admin/consents");
        publish("PRIVACY_NOTICE", "en", "Privacy notice", "We keep your record for eight years.");
        assertThat(pages.page(admin, "/admin/consents")).contains("Agreement to treatment").contains("Privacy notice");

        assertThat(pages.page(client, "/me")).contains("2 agreement(s) to read");
        assertThat(pages.page(clinician, "/clients/" + org.client()))
                .contains("Agreement to treatment: not yet agreed to (version 1)");
        String page = pages.page(client, "/me/consents");
        assertThat(page).contains(TREATMENT_TEXT).contains("I have read and agree: Agreement to treatment");

        MockHttpServletResponse agreed = pages.send(client, "/me/consents", "documentId",
                treatment().current().id().toString());
        assertThat(agreed.getRedirectedUrl()).isEqualTo("/me/consents");
        assertThat(pages.page(client, "/me/consents")).contains("You agreed on");
        assertThat(pages.page(clinician, "/clients/" + org.client()))
                .contains("Agreement to treatment: agreed to version 1 on")
                .contains("Privacy notice: not yet agreed to (version 1)");
        assertThat(pages.page(client, "/me")).contains("1 agreement(s) to read");
        assertThat(jdbc.sql("select count(*) from audit_record where client_id = ? and object_type = 'CONSENT'"
                + " and detail = 'history.consentAgreed|TREATMENT|1'").param(org.client().value()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aNewVersionIsAskedForAgainAndAgreeingToTheReplacedOneSaysSo() throws Exception {
        publish("TREATMENT", "en", "Agreement to treatment", TREATMENT_TEXT);
        ConsentDocumentId first = treatment().current().id();
        pages.send(client, "/me/consents", "documentId", first.toString());
        publish("TREATMENT", "en", "Agreement to treatment", TREATMENT_TEXT + " Sessions may be by video.");

        assertThat(treatment().missing()).isTrue();
        assertThat(treatment().current().version()).isEqualTo(2);
        MockHttpServletResponse stale = pages.send(client, "/me/consents", "documentId", first.toString());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(pages.text("consent.replaced")).contains("Sessions may be by video.");
    }

    @Test
    void twoAgreementsAtTheSameMomentRecordOne() throws Exception {
        publish("TREATMENT", "en", "Agreement to treatment", TREATMENT_TEXT);
        ConsentDocumentId document = treatment().current().id();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService taps = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(taps.submit(() -> {
                    together.await();
                    return mvc.perform(post("/me/consents").session(client).with(csrf())
                            .param("documentId", document.toString())).andReturn().getResponse().getStatus();
                }));
            }
            for (Future<Integer> status : sent) {
                assertThat(status.get()).isEqualTo(302);
            }
        }
        finally {
            taps.shutdownNow();
        }
        assertThat(agreements()).isEqualTo(1);
    }

    @Test
    void aSpanishReaderGetsTheSpanishVersionAndEnglishWhereThereIsNone() throws Exception {
        publish("TREATMENT", "en", "Agreement to treatment", TREATMENT_TEXT);
        publish("TREATMENT", "es", "Consentimiento al tratamiento", "Acepto un tratamiento de TIP.");
        publish("PRIVACY_NOTICE", "en", "Privacy notice", "We keep your record for eight years.");

        assertThat(consents.mine(org.clientUser(), Locale.forLanguageTag("es")))
                .extracting(c -> c.current().title()).containsExactly("Consentimiento al tratamiento", "Privacy notice");
    }

    @Test
    void aBadDocumentIsRefusedWithItsReasonsAndOnlyAdministratorsPublish() throws Exception {
        MockHttpServletResponse bad = publish("", "en", "", "");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains(pages.text("consent.kind.required"));
        MockHttpServletResponse empty = publish("TREATMENT", "en", " ", " ");
        assertThat(empty.getContentAsString()).contains(pages.text("consent.title.required"))
                .contains(pages.text("consent.body.required"));
        assertThat(pages.send(clinician, "/admin/consents", "kind", "TREATMENT", "language", "en", "title", "T",
                "body", "B").getStatus()).isEqualTo(403);
        assertThat(pages.page(admin, "/admin/consents")).contains(pages.text("consent.admin.none"));
    }

    @Test
    void anotherOrganisationsDocumentIsNotFound() throws Exception {
        Fixtures.Organisation other = Fixtures.organisation(context);
        MockHttpSession otherAdmin = pages.signIn(other.email("admin"));
        pages.send(otherAdmin, "/admin/consents", "kind", "TREATMENT", "language", "en", "title", "Theirs", "body",
                "Their text");
        ConsentDocumentId theirs = consents.mine(other.clientUser(), Locale.ENGLISH).getFirst().current().id();

        assertThat(pages.send(client, "/me/consents", "documentId", theirs.toString()).getStatus()).isEqualTo(404);
        assertThat(agreements()).isZero();
    }
}
