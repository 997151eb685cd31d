package org.openipt.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.openipt.notification.NotificationKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what the outbox holds, every {@code openipt.notification.send-every} (30 seconds unless set). Safe on several
 * nodes: a node sends only the rows it claimed with a conditional update, and a claim lasts {@code
 * openipt.notification.claim-for}, much longer than the SMTP time-outs, so two nodes never hold one row at once.
 * Without a mail server ({@code spring.mail.host} unset) it sends nothing and the rows wait.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final NotificationSettings settings;
    private final ClientReminderStore reminders;
    private final Clock clock;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSenders, NotificationSettings settings,
            ClientReminderStore reminders, Clock clock) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.mailSenders = mailSenders;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a mail server is configured, so that e-mails leave the outbox at all. */
    public boolean mailConfigured() {
        return mailSenders.getIfAvailable() != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherMailIsOn() {
        if (!mailConfigured()) {
            log.warn("No mail server is configured (spring.mail.host): e-mail notifications are kept in the outbox"
                    + " unsent, and administrators see them as pending, until one is.");
        }
    }

    @Scheduled(fixedDelayString = "${openipt.notification.send-every:PT30S}",
            initialDelayString = "${openipt.notification.send-every:PT30S}")
    public int run() {
        JavaMailSender mail = mailSenders.getIfAvailable();
        return mail == null ? 0 : sendDue(mail, settings.node(), clock.instant());
    }

    /** Claims the rows due at {@code now} for {@code node} and sends them through {@code mail}; the number sent. */
    public int sendDue(JavaMailSender mail, String node, Instant now) {
        int sent = 0;
        for (Outbox.Row row : outbox.claimDue(node, now, now.plus(settings.claimFor()), settings.batchSize())) {
            try {
                mail.send(message(row));
                outbox.markSent(row.id(), clock.instant());
                sent++;
            }
            catch (MailException | MessagingException e) {
                int attempts = row.attempts() + 1;
                Instant next = Retries.nextAttempt(now, attempts, settings.maxAttempts(), settings.retryAfter(),
                        NotificationSettings.MAX_PAUSE).orElse(null);
                outbox.markAttemptFailed(row.id(), node, now, describe(e), next);
                log.warn("E-mail notification {} not sent (attempt {} of {}): {}", row.id(), attempts,
                        settings.maxAttempts(), describe(e));
            }
        }
        return sent;
    }

    private MimeMessage message(Outbox.Row row) throws MessagingException {
        MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), row.messageId());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(row.recipientEmail()));
        message.setSubject(row.subject(), StandardCharsets.UTF_8.name());
        message.setText(row.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        Optional<ClientReminderStore.Stored> reminder = row.kind() == NotificationKind.CLIENT_REMINDER
                ? reminders.of(row.recipientId()) : Optional.empty();
        if (reminder.isPresent()) {
            // RFC 8058: a mail program may stop the reminders with one POST, without opening a page
            message.setHeader("List-Unsubscribe", "<" + settings.baseUrl() + "/reminders/stop?t="
                    + reminder.get().stopToken() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** The kind of failure and its message, which holds addresses and server replies, never client details. */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + (root == e ? "" : " (" + root.getClass().getSimpleName() + ")")
                + ": " + firstLine(root.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** A message whose Message-ID is ours (stable per e-mail), not the one Jakarta Mail would make up on saving. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
