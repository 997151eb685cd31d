package org.openipt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.EmergencyAccessService;
import org.openipt.course.Attendance;
import org.openipt.course.CourseId;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.Milestone;
import org.openipt.measures.ScheduledInstrument;
import org.openipt.identity.CurrentUser;
import org.openipt.notification.internal.ClientReminders;
import org.openipt.notification.internal.Outbox;
import org.openipt.notification.internal.OutboxSender;
import org.openipt.notification.internal.OverdueMeasureReminders;
import org.openipt.safety.RiskEventEscalated;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventOpened;
import org.openipt.safety.RiskSource;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail notifications end to end on a real database and a real SMTP server (GreenMail): risk events put e-mails in
 * the outbox once per person however often they are delivered, the sender sends each once even when two nodes race,
 * a server that is down leaves them pending until it is back, and no e-mail names the client.
 */
@DatabaseTest
class NotificationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("openipt.notification.base-url", () -> "https://openipt.example.org");
        registry.add("openipt.notification.from", () -> "openipt@example.org");
        // the tests run the sender themselves
        registry.add("openipt.scheduling.enabled", () -> "false");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutboxSender sender;
    @Autowired
    Outbox outbox;
    @Autowired
    JavaMailSenderImpl mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Fixtures.Organisation org;

    @BeforeEach
    void organisation() throws Exception {
        org = Fixtures.organisation(context);
        // whatever earlier work left due (the demo organisation's risk events, for one) goes out first
        sender.sendDue(mail, "test-node", Instant.now().plus(Duration.ofDays(365)));
        SMTP.purgeEmailFromAllMailboxes();
    }

    private RiskEventOpened opened(RiskEventId id) {
        return new RiskEventOpened(org.id(), org.client(), org.course(), id, RiskSource.QUESTIONNAIRE, Instant.now());
    }

    /**
     * As the safety module publishes: inside the transaction that opens or escalates the event. The listener runs
     * after the commit on another thread (Spring Modulith makes module listeners asynchronous), so this waits until
     * the publication registry has no event left unfinished.
     */
    private void publish(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single() == 0);
    }

    private List<Outbox.Row> rowsOf(RiskEventId id) {
        return jdbc.sql("select id from notification where dedupe_key like ? order by dedupe_key")
                .param("%:" + id + ":%").query(UUID.class).list().stream().map(r -> outbox.find(r).orElseThrow())
                .toList();
    }

    private int send() {
        return sender.sendDue(mail, "test-node", Instant.now());
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws MessagingException {
        Map<String, MimeMessage> result = new java.util.TreeMap<>();
        for (MimeMessage message : messages) {
            result.put(message.getRecipients(Message.RecipientType.TO)[0].toString(), message);
        }
        return result;
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @Test
    void anOpenedRiskEventMailsTheSupervisorAndTheClinicianOnceWithALinkAndNoClientDetails() throws Exception {
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(opened(id));
        publish(opened(id));

        assertThat(rowsOf(id)).hasSize(2).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(row.kind()).isEqualTo(NotificationKind.RISK_OPENED);
        });
        assertThat(send()).isEqualTo(2);
        assertThat(send()).as("nothing left to send").isZero();
        publish(opened(id));
        assertThat(send()).as("a third delivery of the same event adds nothing").isZero();

        Map<String, MimeMessage> received = byRecipient(SMTP.getReceivedMessages());
        assertThat(received).containsOnlyKeys(org.email("supervisor"), org.email("clinician"));
        MimeMessage toSupervisor = received.get(org.email("supervisor"));
        assertThat(toSupervisor.getSubject()).isEqualTo("OpenIPT – " + organisationName() + ": a risk event was opened");
        assertThat(toSupervisor.getFrom()[0].toString()).isEqualTo("openipt@example.org");
        assertThat(toSupervisor.getMessageID()).isEqualTo("<risk-opened." + id + "." + org.supervisor().id()
                + "@example.org>");
        String text = body(toSupervisor);
        assertThat(text).contains("Hello " + org.supervisor().displayName(), org.clinician().displayName(),
                "whom you supervise", "https://openipt.example.org/courses/" + org.course() + "/risk-events/" + id);
        assertThat(body(received.get(org.email("clinician")))).contains("one of your clients",
                "/courses/" + org.course() + "/risk-events/" + id);
        for (MimeMessage message : received.values()) {
            assertThat(body(message) + message.getSubject()).doesNotContain("Fixture Client", "F-1");
        }
        assertThat(rowsOf(id)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.claimedBy()).isNull();
        });
    }

    @Test
    void aRiskEventOpenedAfterAHandoverMailsTheNewClinicianAndNotTheFormerOne() throws Exception {
        CurrentUser successor = Fixtures.colleague(context, org, "successor");
        context.getBean(CareTeamService.class).handOver(org.clinician(), org.client(), successor.id(),
                "Moving to another site", LocalDate.now(context.getBean(Clock.class)), null);
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(opened(id));
        send();

        List<String> toSuccessor = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            assertThat(to).as("nobody but the new clinician hears of it")
                    .isNotIn(org.email("clinician"), org.email("supervisor"));
            if (to.equals(org.email("successor"))) {
                toSuccessor.add(message.getSubject() + "\n" + body(message));
            }
        }
        assertThat(toSuccessor).as("the handover, then the risk event").hasSize(2)
                .allSatisfy(text -> assertThat(text).doesNotContain("Fixture Client", "F-1"));
        assertThat(toSuccessor).anySatisfy(text -> assertThat(text).contains("a client was handed over to you",
                org.clinician().displayName(), "/caseload"));
        assertThat(toSuccessor).anySatisfy(text -> assertThat(text).contains("one of your clients"));
    }

    @Test
    void anEmergencyAccessMailsTheResponsibleClinicianAndTheirSupervisorWithoutClientDetails() throws Exception {
        CurrentUser outsider = Fixtures.colleague(context, org, "outsider");
        context.getBean(EmergencyAccessService.class).open(outsider, org.client(), "Crisis call; Fixture Client");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single() == 0);
        send();

        Map<String, MimeMessage> received = byRecipient(SMTP.getReceivedMessages());
        assertThat(received).containsOnlyKeys(org.email("clinician"), org.email("supervisor"));
        for (MimeMessage message : received.values()) {
            assertThat(message.getSubject()).contains("opened in an emergency");
            assertThat(body(message)).contains(outsider.displayName(), "/clients/" + org.client() + "/care-team")
                    .doesNotContain("Fixture Client", "F-1", "Crisis call");
        }
    }

    @Test
    void aClinicianWithOverdueQuestionnairesIsRemindedOnceADayWithoutClientDetails() throws Exception {
        OverdueMeasureReminders reminders = context.getBean(OverdueMeasureReminders.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        // the fixture's course had its first session a week ago: the PHQ-9 and GAD-7 baselines are overdue
        reminders.remind(today);
        assertThat(reminders.remind(today)).as("a second run that day, on this node or another, adds nothing")
                .isZero();
        send();

        List<MimeMessage> toThisOrganisation = new ArrayList<>(byRecipient(SMTP.getReceivedMessages()).entrySet()
                .stream().filter(mail -> mail.getKey().endsWith(org.email(""))).map(Map.Entry::getValue).toList());
        assertThat(toThisOrganisation).hasSize(1);
        MimeMessage reminder = toThisOrganisation.getFirst();
        assertThat(reminder.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(org.email("clinician"));
        assertThat(reminder.getSubject()).isEqualTo("OpenIPT – " + organisationName()
                + ": 2 questionnaires are overdue");
        assertThat(body(reminder)).contains("2 questionnaires for your clients are overdue",
                "https://openipt.example.org/caseload").doesNotContain("Fixture Client", "F-1", "PHQ", "GAD");
        assertThat(jdbc.sql("select count(*) from notification where kind = 'OVERDUE_MEASURES' and recipient_id = ?")
                .param(org.clinician().id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEscalatedRiskEventMailsTheSupervisorThatItWaitedUnacknowledged() throws Exception {
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        Instant openedAt = Instant.now().minus(Duration.ofHours(1));
        publish(new RiskEventEscalated(org.id(), org.client(), org.course(), id, openedAt, Instant.now()));
        publish(new RiskEventEscalated(org.id(), org.client(), org.course(), id, openedAt, Instant.now()));

        assertThat(send()).isEqualTo(2);
        MimeMessage toSupervisor = byRecipient(SMTP.getReceivedMessages()).get(org.email("supervisor"));
        assertThat(toSupervisor.getSubject()).endsWith("a risk event has not been acknowledged");
        assertThat(body(toSupervisor)).contains("has not been acknowledged in time", "/risk-events/" + id)
                .doesNotContain("Fixture Client");
        assertThat(rowsOf(id)).extracting(Outbox.Row::kind).containsOnly(NotificationKind.RISK_ESCALATED);
    }

    @Test
    void aClinicianWithoutASupervisorHasTheAdministratorsToldWithoutALinkToTheClinicalRecord() throws Exception {
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(new RiskEventOpened(org.id(), org.otherClinicianClient(), new CourseId(UUID.randomUUID()), id,
                RiskSource.DISCLOSURE, Instant.now()));

        assertThat(send()).isEqualTo(2);
        Map<String, MimeMessage> received = byRecipient(SMTP.getReceivedMessages());
        assertThat(received).containsOnlyKeys(org.email("other"), org.email("admin"));
        String toAdmin = body(received.get(org.email("admin")));
        assertThat(toAdmin).contains(org.otherClinician().displayName(), "administrators are told instead",
                "https://openipt.example.org/admin/users").doesNotContain("/risk-events/");
    }

    @Test
    void theEmailIsInTheRecipientsPreferredLanguage() throws Exception {
        jdbc.sql("update user_account set preferred_language = 'es' where id = ?")
                .param(org.supervisor().id().value()).update();
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(opened(id));

        send();
        MimeMessage toSupervisor = byRecipient(SMTP.getReceivedMessages()).get(org.email("supervisor"));
        assertThat(toSupervisor.getSubject()).endsWith("se abrió un evento de riesgo");
        assertThat(body(toSupervisor)).contains("Hola, " + org.supervisor().displayName(), "a quien usted supervisa");
    }

    @Test
    void whileTheMailServerIsDownTheEmailsStayPendingAndGoOutWhenItIsBack() throws Exception {
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(opened(id));
        int port = mail.getPort();
        Instant now = Instant.now();
        try {
            mail.setPort(unusedPort());
            assertThat(sender.sendDue(mail, "test-node", now)).isZero();
        }
        finally {
            mail.setPort(port);
        }
        assertThat(rowsOf(id)).hasSize(2).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastError()).isNotBlank().doesNotContain("Fixture Client");
            assertThat(row.nextAttemptAt()).isAfter(now);
            assertThat(row.claimedBy()).isNull();
        });
        assertThat(sender.sendDue(mail, "test-node", now)).as("not due again yet").isZero();

        assertThat(sender.sendDue(mail, "test-node", now.plus(Duration.ofMinutes(2)))).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(rowsOf(id)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(row.attempts()).isEqualTo(2);
        });
    }

    @Test
    void anEmailThatKeepsFailingIsGivenUpAfterTheLastAttemptAndShownAsFailed() throws Exception {
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(opened(id));
        int port = mail.getPort();
        Instant at = Instant.now();
        try {
            mail.setPort(unusedPort());
            for (int attempt = 0; attempt < 8; attempt++) {
                sender.sendDue(mail, "test-node", at);
                at = at.plus(Duration.ofDays(1));
            }
        }
        finally {
            mail.setPort(port);
        }
        assertThat(rowsOf(id)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(row.attempts()).isEqualTo(8);
        });
        assertThat(sender.sendDue(mail, "test-node", at.plus(Duration.ofDays(30)))).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void twoNodesSendingTheSameOutboxAtOnceSendEachEmailOnce() throws Exception {
        List<String> keys = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 30; i++) {
            String key = "test:" + UUID.randomUUID();
            keys.add(key);
            outbox.add(new Outbox.NewMail(org.id().value(), org.supervisor().id().value(), org.email("supervisor"),
                    NotificationKind.RISK_OPENED, key, "<" + key.replace(':', '.') + "@example.org>", "Race " + i,
                    "Body " + i), now.minusSeconds(1));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> sent = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                sent.add(nodes.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int round = 0; round < 3; round++) {
                        total += sender.sendDue(mail, node, now);
                    }
                    return total;
                }));
            }
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(30);
        }
        finally {
            nodes.shutdownNow();
        }
        Map<String, Long> perMessage = new java.util.HashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            perMessage.merge(message.getMessageID(), 1L, Long::sum);
        }
        assertThat(perMessage).hasSize(30).allSatisfy((messageId, count) -> assertThat(count).isEqualTo(1));
        assertThat(keys.stream().map(k -> outbox.findByDedupeKey(k).orElseThrow())
                .collect(Collectors.groupingBy(Outbox.Row::status, Collectors.counting())))
                .containsExactly(Map.entry(NotificationStatus.SENT, 30L));
    }

    @Test
    void administratorsSeeTheirOrganisationsEmailsAndTheReadingIsAudited() throws Exception {
        RiskEventId id = new RiskEventId(UUID.randomUUID());
        publish(opened(id));
        send();
        Fixtures.Organisation other = Fixtures.organisation(context);

        String page = page(session(org, "admin"), "/admin/notifications");
        assertThat(page).contains(org.email("supervisor"), org.email("clinician"), "Risk event opened", "Sent",
                "<caption").doesNotContain("Fixture Client", "No mail server is configured");
        assertThat(jdbc.sql("select count(*) from audit_record where user_id = ? and object_type = 'NOTIFICATIONS'")
                .param(org.admin().id().value()).query(Long.class).single()).isEqualTo(1);

        assertThat(page(session(other, "admin"), "/admin/notifications")).doesNotContain(org.email("supervisor"));
        for (String who : List.of("supervisor", "clinician")) {
            assertThat(mvc.perform(get("/admin/notifications").session(session(org, who))).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
        }
    }

    private String organisationName() {
        return jdbc.sql("select name from organisation where id = ?").param(org.id().value()).query(String.class)
                .single();
    }

    @Test
    void aClientWhoOptedInGetsOneReminderPerSessionWhoseLinkStopsThemAllWithoutSigningIn() throws Exception {
        ClientReminders reminders = context.getBean(ClientReminders.class);
        Instant now = Instant.now();
        book(now.plus(Duration.ofHours(20)));
        assertThat(reminders.remind(now)).as("nothing before the client opts in").isZero();

        MockHttpSession client = session(org, "client");
        assertThat(page(client, "/me/reminders")).contains("Reminders by e-mail");
        assertThat(mvc.perform(post("/me/reminders").session(client).with(csrf()).param("sessions", "true")
                .param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/me/reminders").session(client).with(csrf()).param("sessions", "true")
                .param("version", "0")).andReturn().getResponse().getStatus()).as("an old version").isEqualTo(409);
        assertThat(reminders.remind(now)).isEqualTo(1);
        assertThat(reminders.remind(now)).as("one e-mail per session, however often the job runs").isZero();

        sender.sendDue(mail, "test-node", Instant.now().plus(Duration.ofMinutes(1)));
        MimeMessage reminder = byRecipient(SMTP.getReceivedMessages()).get(org.email("client"));
        assertThat(reminder.getSubject()).contains("a reminder");
        String text = body(reminder);
        assertThat(text).contains("your next session is on").contains("https://openipt.example.org/me")
                .contains("https://openipt.example.org/reminders/stop?t=").doesNotContain("Fixture Client")
                .doesNotContain("questionnaire");
        String unsubscribe = reminder.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<https://openipt.example.org/reminders/stop?t=");
        assertThat(reminder.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String token = unsubscribe.substring(unsubscribe.indexOf("t=") + 2, unsubscribe.length() - 1);

        MockHttpServletResponse confirm = mvc.perform(get("/reminders/stop").param("t", token)).andReturn()
                .getResponse();
        assertThat(confirm.getStatus()).isEqualTo(200);
        assertThat(confirm.getContentAsString()).contains("Stop all reminders");
        assertThat(context.getBean(ClientReminderService.class).choices(org.clientUser()).sessions())
                .as("opening the link alone (a mail scanner) stops nothing").isTrue();
        // a mail program's one-click POST: no session, no CSRF token
        MockHttpServletResponse stopped = mvc.perform(post("/reminders/stop").param("t", token)
                .param("List-Unsubscribe", "One-Click")).andReturn().getResponse();
        assertThat(stopped.getStatus()).isEqualTo(200);
        assertThat(stopped.getContentAsString()).contains("No more reminder e-mails will be sent.");
        assertThat(context.getBean(ClientReminderService.class).choices(org.clientUser()).sessions()).isFalse();
        assertThat(mvc.perform(post("/reminders/stop").param("t", "not-a-token")).andReturn().getResponse()
                .getContentAsString()).as("an unknown link answers the same").contains("No more reminder e-mails");
        book(now.plus(Duration.ofHours(22)));
        assertThat(reminders.remind(now)).isZero();
    }

    @Test
    void aWaitingQuestionnaireIsMentionedWithoutNamingItAndOnlyWhenOneIsWaiting() throws Exception {
        ClientReminders reminders = context.getBean(ClientReminders.class);
        MeasureSchedules schedules = context.getBean(MeasureSchedules.class);
        schedules.changeCourseSchedule(org.clinician(), org.course(), new MeasureSchedule(List.of()),
                schedules.courseSchedule(org.clinician(), org.course()).version());
        Instant now = Instant.now();
        book(now.plus(Duration.ofHours(20)));
        context.getBean(ClientReminderService.class).choose(org.clientUser(), false, true, 0);
        assertThat(reminders.remind(now)).as("questionnaires only, none waiting").isZero();

        schedules.changeCourseSchedule(org.clinician(), org.course(), new MeasureSchedule(List.of(
                ScheduledInstrument.everySession("phq-9", java.util.EnumSet.of(Milestone.BASELINE)))),
                schedules.courseSchedule(org.clinician(), org.course()).version());
        assertThat(reminders.remind(now)).isEqualTo(1);
        String text = jdbc.sql("select body_text from notification where recipient_id = ? and kind = 'CLIENT_REMINDER'")
                .param(org.clientUser().id().value()).query(String.class).single();
        assertThat(text).contains("There is a questionnaire waiting for you").contains("Your next session is on")
                .doesNotContain("PHQ").doesNotContain("Patient Health");
    }

    @Test
    void staffHaveNoReminderChoices() throws Exception {
        assertThat(mvc.perform(get("/me/reminders").session(session(org, "clinician"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private void book(Instant when) {
        context.getBean(SessionService.class).recordSession(org.clinician(), org.course(), new SessionEntry(
                java.time.LocalDateTime.ofInstant(when, java.time.ZoneOffset.UTC), SessionMode.VIDEO,
                Attendance.SCHEDULED, null, null, null));
    }

    private MockHttpSession session(Fixtures.Organisation organisation, String who) throws Exception {
        return Pages.signIn(mvc, organisation.email(who));
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
