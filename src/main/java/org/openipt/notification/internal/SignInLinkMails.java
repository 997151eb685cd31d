package org.openipt.notification.internal;

import java.time.Clock;
import java.util.Locale;

import org.openipt.identity.AccountTokenPurpose;
import org.openipt.identity.IdentityService;
import org.openipt.identity.SignInLinkIssued;
import org.openipt.notification.NotificationKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a link to set a password: a client's portal invitation, or a forgotten-password link. Written into the
 * outbox in the transaction that issued the link (a synchronous listener: the event carries the secret, so it is
 * never kept in the event publication registry); names nothing clinical.
 */
@Component
class SignInLinkMails {

    private final IdentityService identity;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Clock clock;

    SignInLinkMails(IdentityService identity, Outbox outbox, StaffMail mails, Clock clock) {
        this.identity = identity;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @EventListener
    void issued(SignInLinkIssued event) {
        identity.contact(event.organisationId(), event.userId()).ifPresent(to -> {
            Locale locale = StaffMail.localeOf(to);
            String organisationName = identity.organisationName(event.organisationId());
            String until = StaffMail.datesFor(to).inWordsWithTime(event.expiresAt()) + " ("
                    + to.timeZone().getId() + ")";
            String base = event.purpose() == AccountTokenPurpose.INVITATION ? "notification.invitation"
                    : "notification.reset";
            String body = mails.accountBody(to, locale, mails.text(base + ".message", locale, organisationName, until),
                    event.path(), mails.text(base + ".ignore", locale), organisationName);
            NotificationKind kind = event.purpose() == AccountTokenPurpose.INVITATION ? NotificationKind.INVITATION
                    : NotificationKind.PASSWORD_RESET;
            String key = kind.name().toLowerCase(Locale.ROOT) + ":" + event.userId() + ":" + event.expiresAt();
            outbox.add(new Outbox.NewMail(event.organisationId().value(), event.userId().value(), event.email(), kind,
                    key, mails.messageId(kind.name().toLowerCase(Locale.ROOT), event.userId(),
                            event.expiresAt().toEpochMilli()),
                    mails.text(base + ".subject", locale, organisationName), body), clock.instant());
        });
    }
}
