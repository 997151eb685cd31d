package org.openipt.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openipt.caseload.CaseloadService;
import org.openipt.course.SessionService;
import org.openipt.course.UpcomingSession;
import org.openipt.identity.IdentityService;
import org.openipt.identity.StaffContact;
import org.openipt.identity.UserId;
import org.openipt.measures.SelfReportService;
import org.openipt.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour ({@code openipt.notification.client-reminders-cron}), one e-mail to each client who opted in, for each
 * session booked in the coming {@code openipt.notification.client-reminder-ahead} (P1D): when the session is, and —
 * if they chose it — that a questionnaire is waiting. It names no questionnaire, no clinician and nothing clinical,
 * and ends with the link that stops every reminder. One e-mail per session however often or on however many nodes
 * the job runs (the outbox's dedupe key names the account and the session's time).
 */
@Component
public class ClientReminders {

    private final SessionService sessions;
    private final CaseloadService caseload;
    private final SelfReportService selfReports;
    private final IdentityService identity;
    private final ClientReminderStore choices;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Duration ahead;
    private final Clock clock;

    ClientReminders(SessionService sessions, CaseloadService caseload, SelfReportService selfReports,
            IdentityService identity, ClientReminderStore choices, Outbox outbox, StaffMail mails,
            @Value("${openipt.notification.client-reminder-ahead:P1D}") Duration ahead, Clock clock) {
        this.sessions = sessions;
        this.caseload = caseload;
        this.selfReports = selfReports;
        this.identity = identity;
        this.choices = choices;
        this.outbox = outbox;
        this.mails = mails;
        this.ahead = ahead;
        this.clock = clock;
    }

    @Scheduled(cron = "${openipt.notification.client-reminders-cron:0 15 * * * *}")
    public int run() {
        return remind(clock.instant());
    }

    /** Puts the reminders for the sessions booked from {@code now} on into the outbox; how many were new. */
    public int remind(Instant now) {
        int added = 0;
        for (UpcomingSession session : sessions.bookedBetween(now, now.plus(ahead))) {
            Optional<Outbox.NewMail> mail = caseload.portalAccountOf(session.organisationId(), session.clientId())
                    .flatMap(account -> choices.of(account.value()))
                    .filter(ClientReminderStore.Stored::any)
                    .flatMap(chosen -> identity.contact(session.organisationId(), new UserId(chosen.accountId()))
                            .filter(StaffContact::enabled).filter(to -> to.email().contains("@"))
                            .flatMap(to -> reminder(to, chosen, session)));
            if (mail.isPresent() && outbox.add(mail.get(), now)) {
                added++;
            }
        }
        return added;
    }

    /** The reminder for one session, or nothing when the client chose only questionnaires and none is waiting. */
    private Optional<Outbox.NewMail> reminder(StaffContact to, ClientReminderStore.Stored chosen,
            UpcomingSession session) {
        boolean questionnaire = chosen.questionnaires() && selfReports.anyWanted(session.courseId(), to.timeZone());
        if (!chosen.sessions() && !questionnaire) {
            return Optional.empty();
        }
        Locale locale = StaffMail.localeOf(to);
        String organisationName = identity.organisationName(to.organisationId());
        String when = StaffMail.datesFor(to).inWordsWithTime(session.when());
        List<String> lines = new ArrayList<>();
        lines.add(mails.text(chosen.sessions() ? "notification.clientReminder.session"
                : "notification.clientReminder.beforeSession", locale, when));
        if (questionnaire) {
            lines.add(mails.text("notification.clientReminder.questionnaire", locale));
        }
        String body = mails.reminderBody(to, locale, String.join("\n\n", lines), "/reminders/stop?t="
                + chosen.stopToken(), organisationName);
        return Optional.of(new Outbox.NewMail(to.organisationId().value(), to.id().value(), to.email(),
                NotificationKind.CLIENT_REMINDER, "client-reminder:" + to.id() + ":" + session.when().toEpochMilli(),
                mails.messageId("client-reminder", to.id(), session.when().toEpochMilli()),
                mails.text("notification.clientReminder.subject", locale, organisationName), body));
    }
}
