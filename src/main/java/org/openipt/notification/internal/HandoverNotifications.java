package org.openipt.notification.internal;

import java.time.Clock;
import java.util.Locale;

import org.openipt.caseload.CareTeamChanged;
import org.openipt.identity.IdentityService;
import org.openipt.identity.StaffContact;
import org.openipt.notification.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a clinician that a client was handed over to them: the day, whose client it was, and a link to their
 * caseload behind the sign-in. Never the client. One e-mail per handover and person.
 */
@Component
class HandoverNotifications {

    private final IdentityService identity;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Clock clock;

    HandoverNotifications(IdentityService identity, Outbox outbox, StaffMail mails, Clock clock) {
        this.identity = identity;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void changed(CareTeamChanged event) {
        if (event.change() != CareTeamChanged.Change.HANDED_OVER || event.to() == null) {
            return;
        }
        identity.contact(event.organisationId(), event.to()).filter(StaffContact::enabled).ifPresent(to -> {
            Locale locale = StaffMail.localeOf(to);
            String former = event.from() == null ? mails.text("notification.noClinician", locale)
                    : identity.contact(event.organisationId(), event.from()).map(StaffContact::displayName)
                            .orElse("—");
            String organisationName = identity.organisationName(event.organisationId());
            String day = StaffMail.datesFor(to).inWords(event.on());
            String body = mails.body(to, locale, mails.text("notification.handover.message", locale, day, former),
                    mails.text("notification.handover.link", locale), "/caseload", organisationName);
            outbox.add(new Outbox.NewMail(to.organisationId().value(), to.id().value(), to.email(),
                    NotificationKind.HANDOVER, "handover:" + event.clientId() + ":" + to.id() + ":" + event.on(),
                    mails.messageId("handover", event.clientId(), to.id(), event.on()),
                    mails.text("notification.handover.subject", locale, organisationName), body), clock.instant());
        });
    }
}
