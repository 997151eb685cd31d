package org.openipt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.ConsentKind;
import org.openipt.caseload.ConsentService;
import org.openipt.course.CourseService;
import org.openipt.course.Phase;
import org.openipt.measures.MeasuresService;
import org.openipt.safety.RiskEventService;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Self-referral from the public page of a fixture organisation, without an account, and its triage: a risk answer
 * shows the crisis lines at once, marks the referral urgent and e-mails the supervisor without detail; the same
 * submission twice stores one; a bot's hidden field stores nothing; the sixth referral from one address within the
 * hour gets the 429 page; a closed or unknown page is not found; the clinician accepts it into a client and course
 * with the answers as the first questionnaires (and the risk event) and invites by e-mail; a decline needs a reason.
 */
@DatabaseTest
class SelfReferralTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TriageService triage;

    Pages pages;
    Fixtures.Organisation org;
    String code;
    String address;

    @BeforeEach
    void openThePage() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        code = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
        address = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        context.getBean(ConsentService.class).publish(org.admin(), ConsentKind.SELF_REFERRAL, "en",
                "Before you send", "We keep what you write to contact you about treatment (fictional wording).");
        context.getBean(ReferralSettingsService.class).change(org.admin(), code, true, 0);
    }

    @Test
    void aRiskAnswerShowsTheCrisisLinesAtOnceAndTheSupervisorIsToldWithoutDetail() throws Exception {
        String form = open("/refer/" + code).getContentAsString();
        assertThat(form).contains("We keep what you write").contains("Little interest or pleasure")
                .contains("Feeling nervous, anxious").doesNotContain("/me");
        String key = field(form, "submissionKey");
        MockHttpServletResponse sent = send(referral(key, "1"));
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains(pages.text("referral.urgent.told")).contains("988");
        assertThat(send(referral(key, "1")).getStatus()).as("sent twice").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from self_referral where organisation_id = ?").param(org.id().value())
                .query(Long.class).single()).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from notification where kind = 'URGENT_REFERRAL' and recipient_id = ?")
                .param(org.supervisor().id().value()).query(Long.class).single() == 1);
        String mail = jdbc.sql("select body_text from notification where kind = 'URGENT_REFERRAL' and recipient_id = ?")
                .param(org.supervisor().id().value()).query(String.class).single();
        assertThat(mail).contains("/referrals/view?id=").doesNotContain("Ana Test").doesNotContain("ana@example.org");

        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        String queue = pages.page(clinician, "/referrals");
        assertThat(queue).contains("Ana Test").contains(pages.text("triage.urgent"));
    }

    @Test
    void aClinicianAcceptsTheReferralIntoACourseWithItsAnswersAndInvitesByEmail() throws Exception {
        send(referral(UUID.randomUUID().toString(), "1"));
        ReferralId id = triage.queue(org.clinician(), 0).items().getFirst().id();
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        String page = pages.page(clinician, "/referrals/view?id=" + id);
        assertThat(page).contains(pages.text("triage.urgentExplained")).contains("I have not slept for weeks");
        MockHttpServletResponse accepted = pages.send(clinician, "/referrals/accept", "id", id.toString(), "protocol",
                org.protocol().id().toString(), "invite", "true", "version", "0");
        assertThat(accepted.getRedirectedUrl()).startsWith("/courses/");
        var course = context.getBean(CourseService.class).coursesOf(org.clinician(),
                triage.referral(org.clinician(), id).client()).getFirst();
        assertThat(course.phase()).isEqualTo(Phase.REFERRED);
        assertThat(context.getBean(MeasuresService.class).responses(org.clinician(), course.id(), 0).responses()
                .items()).extracting(r -> r.instrumentId()).containsExactlyInAnyOrder("phq-9", "gad-7");
        assertThat(context.getBean(RiskEventService.class).openEvents(course.id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notification where kind = 'INVITATION' and recipient_email = ?")
                .param("ana@example.org").query(Long.class).single()).isEqualTo(1);
        assertThat(pages.send(clinician, "/referrals/accept", "id", id.toString(), "protocol",
                org.protocol().id().toString(), "version", "1").getStatus()).as("decided once").isEqualTo(422);
        assertThat(triage.queue(org.clinician(), 0).items()).isEmpty();
    }

    @Test
    void aDeclineNeedsAReasonAndASupervisorMayNotAccept() throws Exception {
        send(referral(UUID.randomUUID().toString(), "0"));
        ReferralId id = triage.queue(org.clinician(), 0).items().getFirst().id();
        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        assertThat(pages.send(supervisor, "/referrals/accept", "id", id.toString(), "protocol",
                org.protocol().id().toString(), "version", "0").getStatus()).isEqualTo(422);
        MockHttpServletResponse noReason = pages.send(supervisor, "/referrals/close", "id", id.toString(), "decision",
                "DECLINED", "reason", " \u0000 ", "version", "0");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains(pages.text("triage.reason.required"));
        assertThat(pages.send(supervisor, "/referrals/close", "id", id.toString(), "decision", "REFERRED_ELSEWHERE",
                "reason", "Needs a trauma service first", "version", "0").getRedirectedUrl()).isEqualTo("/referrals");
        assertThat(triage.referral(org.supervisor(), id).status()).isEqualTo(ReferralStatus.REFERRED_ELSEWHERE);
        Fixtures.Organisation other = Fixtures.organisation(context);
        assertThat(pages.open(pages.signIn(other.email("clinician")), "/referrals/view?id=" + id).getStatus())
                .as("another organisation's referral").isEqualTo(404);
    }

    @Test
    void badInputABotTooManyAndUnknownPagesGetClearAnswers() throws Exception {
        MockHttpServletResponse incomplete = send(post("/refer/" + code).with(csrf())
                .param("submissionKey", UUID.randomUUID().toString()).param("reason", "Kept words"));
        assertThat(incomplete.getStatus()).isEqualTo(422);
        assertThat(incomplete.getContentAsString()).contains(pages.text("referral.name.required"))
                .contains(pages.text("referral.consent.required")).contains("Kept words");

        MockHttpServletResponse bot = send(referral(UUID.randomUUID().toString(), "0").param("website", "http://spam"));
        assertThat(bot.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from self_referral where organisation_id = ?").param(org.id().value())
                .query(Long.class).single()).as("a bot stores nothing").isZero();

        for (int i = 0; i < 3; i++) {
            assertThat(send(referral(UUID.randomUUID().toString(), "0")).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse tooMany = send(referral(UUID.randomUUID().toString(), "0"));
        assertThat(tooMany.getStatus()).as("the sixth attempt from one address within the hour").isEqualTo(429);
        assertThat(tooMany.getContentAsString()).contains(pages.text("referral.tooMany"));

        assertThat(open("/refer/no-such-page").getStatus()).isEqualTo(404);
        context.getBean(ReferralSettingsService.class).change(org.admin(), code, false, 0);
        assertThat(open("/refer/" + code).getStatus()).as("a closed page").isEqualTo(404);
    }

    private MockHttpServletRequestBuilder referral(String key, String riskAnswerScore) throws Exception {
        String consent = field(open("/refer/" + code).getContentAsString(), "consentDocumentId");
        MockHttpServletRequestBuilder request = post("/refer/" + code).with(csrf()).param("submissionKey", key)
                .param("name", "Ana Test").param("contact", "ana@example.org")
                .param("reason", "I have not slept for weeks since my mother died").param("language", "en")
                .param("format", "EITHER").param("consented", "true").param("consentDocumentId", consent);
        List<String> codes = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
        for (int item = 1; item <= 8; item++) {
            request.param("phq9[phq9-" + item + "]", codes.get(2));
        }
        request.param("phq9[phq9-9]", codes.get(Integer.parseInt(riskAnswerScore)));
        for (int item = 1; item <= 7; item++) {
            request.param("gad7[gad7-" + item + "]", codes.get(1));
        }
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private MockHttpServletResponse open(String path) {
        try {
            return mvc.perform(get(path)).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
