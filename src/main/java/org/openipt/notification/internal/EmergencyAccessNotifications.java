package org.openipt.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.openipt.caseload.EmergencyAccessOpened;
import org.openipt.identity.IdentityService;
import org.openipt.identity.StaffContact;
import org.openipt.notification.NotificationKind;
import org.openipt.notification.internal.Recipients.Audience;
import org.openipt.notification.internal.Recipients.Recipient;
import org.openipt.shared.web.PageDates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the responsible clinician and their supervisor (the administrators when there is none) that a clinician
 * outside the care team opened one of their clients' records in an emergency: who, when, until when, and a link
 * behind the sign-in. Never the client's name or the reason written. One e-mail per access and person.
 */
@Component
class EmergencyAccessNotifications {

    private final ClientStaff staff;
    private final IdentityService identity;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Clock clock;

    EmergencyAccessNotifications(ClientStaff staff, IdentityService identity, Outbox outbox, StaffMail mails,
            Clock clock) {
        this.staff = staff;
        this.identity = identity;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void opened(EmergencyAccessOpened event) {
        String organisationName = identity.organisationName(event.organisationId());
        String opener = identity.contact(event.organisationId(), event.clinicianId()).map(StaffContact::displayName)
                .orElse("—");
        Instant now = clock.instant();
        for (Recipient recipient : staff.about(event.organisationId(), event.clientId()).recipients()) {
            outbox.add(mail(recipient, organisationName, opener, event), now);
        }
    }

    private Outbox.NewMail mail(Recipient recipient, String organisationName, String opener,
            EmergencyAccessOpened event) {
        StaffContact to = recipient.contact();
        Locale locale = StaffMail.localeOf(to);
        PageDates dates = StaffMail.datesFor(to);
        String zone = " (" + to.timeZone().getId() + ")";
        String path = recipient.audience() == Audience.ADMIN ? "/admin/emergency-access/" + event.accessId()
                : "/clients/" + event.clientId() + "/care-team";
        String body = mails.body(to, locale, mails.text("notification.emergency." + recipient.audience(), locale,
                dates.inWordsWithTime(event.startedAt()) + zone, opener, dates.inWordsWithTime(event.expiresAt()) + zone),
                mails.text("notification.emergency.link", locale), path, organisationName);
        return new Outbox.NewMail(to.organisationId().value(), to.id().value(), to.email(),
                NotificationKind.EMERGENCY_ACCESS, "emergency-access:" + event.accessId() + ":" + to.id(),
                mails.messageId("emergency-access", event.accessId(), to.id()),
                mails.text("notification.emergency.subject", locale, organisationName), body);
    }
}
