package org.openipt.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.StaffContact;
import org.openipt.notification.NotificationKind;
import org.openipt.referral.UrgentReferralReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the organisation's intake staff — its supervisors, else its administrators — that a self-referral marked
 * urgent is waiting, with a link to it behind the sign-in. Nothing about the person. One e-mail per referral and
 * person.
 */
@Component
class ReferralNotifications {

    private final IdentityService identity;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Clock clock;

    ReferralNotifications(IdentityService identity, Outbox outbox, StaffMail mails, Clock clock) {
        this.identity = identity;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void urgent(UrgentReferralReceived event) {
        List<StaffContact> intake = identity.contactsWithRole(event.organisationId(), Role.SUPERVISOR).stream()
                .filter(StaffContact::enabled).toList();
        if (intake.isEmpty()) {
            intake = identity.contactsWithRole(event.organisationId(), Role.ADMIN).stream()
                    .filter(StaffContact::enabled).toList();
        }
        String organisationName = identity.organisationName(event.organisationId());
        for (StaffContact to : intake) {
            Locale locale = StaffMail.localeOf(to);
            String body = mails.body(to, locale, mails.text("notification.referral.message", locale),
                    mails.text("notification.referral.link", locale), "/referrals/view?id=" + event.referralId(),
                    organisationName);
            outbox.add(new Outbox.NewMail(to.organisationId().value(), to.id().value(), to.email(),
                    NotificationKind.URGENT_REFERRAL, "referral:" + event.referralId() + ":" + to.id(),
                    mails.messageId("referral", event.referralId(), to.id()),
                    mails.text("notification.referral.subject", locale, organisationName), body), clock.instant());
        }
    }
}
