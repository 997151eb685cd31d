package org.openipt.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.identity.IdentityService;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.StaffContact;
import org.openipt.identity.UserId;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.OverdueMeasure;
import org.openipt.notification.NotificationKind;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day ({@code openipt.notification.reminders-cron}, 07:00 unless set), one e-mail to each clinician whose
 * clients have overdue questionnaires: how many, and a link to the caseload, where they are counted per client. No
 * client is named. Safe on several nodes without a lock: the outbox keeps one e-mail per clinician and day (its
 * dedupe key), so a second node's run adds nothing, and the outbox sender sends it once.
 */
@Component
public class OverdueMeasureReminders {

    private final MeasureSchedules schedules;
    private final CaseloadService caseload;
    private final IdentityService identity;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Clock clock;

    OverdueMeasureReminders(MeasureSchedules schedules, CaseloadService caseload, IdentityService identity,
            Outbox outbox, StaffMail mails, Clock clock) {
        this.schedules = schedules;
        this.caseload = caseload;
        this.identity = identity;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(cron = "${openipt.notification.reminders-cron:0 0 7 * * *}")
    public int run() {
        return remind(LocalDate.now(clock));
    }

    /** Puts the day's reminders in the outbox; the number of clinicians reminded for the first time that day. */
    public int remind(LocalDate day) {
        record Clinician(OrganisationId organisation, UserId id) {
        }
        Map<ClientId, Optional<UserId>> clinicianOfClient = new HashMap<>();
        Map<Clinician, Integer> overdue = new LinkedHashMap<>();
        for (OverdueMeasure measure : schedules.overdueOn(day)) {
            clinicianOfClient.computeIfAbsent(measure.clientId(),
                    client -> caseload.responsibleClinician(measure.organisationId(), client))
                    .ifPresent(clinician -> overdue.merge(new Clinician(measure.organisationId(), clinician), 1,
                            Integer::sum));
        }
        int reminded = 0;
        for (Map.Entry<Clinician, Integer> entry : overdue.entrySet()) {
            Optional<StaffContact> contact = identity.contact(entry.getKey().organisation(), entry.getKey().id())
                    .filter(StaffContact::enabled);
            if (contact.isPresent() && outbox.add(reminder(contact.get(), entry.getValue(), day), clock.instant())) {
                reminded++;
            }
        }
        return reminded;
    }

    private Outbox.NewMail reminder(StaffContact to, int overdue, LocalDate day) {
        Locale locale = StaffMail.localeOf(to);
        String organisationName = identity.organisationName(to.organisationId());
        String date = StaffMail.datesFor(to).letter(day);
        String body = mails.body(to, locale, mails.text("notification.overdue.message", locale, overdue, date),
                mails.text("notification.overdue.link", locale), "/caseload", organisationName);
        return new Outbox.NewMail(to.organisationId().value(), to.id().value(), to.email(),
                NotificationKind.OVERDUE_MEASURES, "overdue-measures:" + to.id() + ":" + day,
                mails.messageId("overdue-measures", to.id(), day),
                mails.text("notification.overdue.subject", locale, organisationName, overdue), body);
    }
}
