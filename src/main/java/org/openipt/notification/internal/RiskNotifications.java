package org.openipt.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.identity.IdentityService;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.StaffContact;
import org.openipt.identity.UserId;
import org.openipt.notification.NotificationKind;
import org.openipt.notification.internal.Recipients.Audience;
import org.openipt.notification.internal.Recipients.Recipient;
import org.openipt.safety.RiskEventEscalated;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts e-mails about risk events in the outbox, after the event committed. Spring Modulith's publication registry
 * keeps the event until this listener finished, so a crash in between means a redelivery, which the dedupe key
 * (event and person) turns into nothing new. The e-mails name the organisation, the time and the clinician, and link
 * to the risk event's page, which asks for a sign-in; never the client, their answers or any clinical text.
 */
@Component
class RiskNotifications {

    private final ClientStaff staff;
    private final IdentityService identity;
    private final Outbox outbox;
    private final StaffMail mails;
    private final Clock clock;

    RiskNotifications(ClientStaff staff, IdentityService identity, Outbox outbox, StaffMail mails, Clock clock) {
        this.staff = staff;
        this.identity = identity;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void opened(RiskEventOpened event) {
        notify(NotificationKind.RISK_OPENED, event.organisationId(), event.clientId(), event.courseId(),
                event.riskEventId(), event.openedAt());
    }

    @ApplicationModuleListener
    void escalated(RiskEventEscalated event) {
        notify(NotificationKind.RISK_ESCALATED, event.organisationId(), event.clientId(), event.courseId(),
                event.riskEventId(), event.openedAt());
    }

    private void notify(NotificationKind kind, OrganisationId organisation, ClientId client, CourseId course,
            RiskEventId riskEvent, Instant openedAt) {
        ClientStaff.Told told = staff.about(organisation, client);
        String organisationName = identity.organisationName(organisation);
        String clinicianName = told.clinician().map(StaffContact::displayName).orElse(null);
        Instant now = clock.instant();
        for (Recipient recipient : told.recipients()) {
            outbox.add(mail(kind, recipient, organisationName, clinicianName, course, riskEvent, openedAt), now);
        }
    }

    private Outbox.NewMail mail(NotificationKind kind, Recipient recipient, String organisationName,
            @Nullable String clinicianName, CourseId course, RiskEventId riskEvent, Instant openedAt) {
        StaffContact to = recipient.contact();
        Locale locale = StaffMail.localeOf(to);
        String prefix = kind == NotificationKind.RISK_OPENED ? "risk-opened" : "risk-escalated";
        String base = kind == NotificationKind.RISK_OPENED ? "notification.risk.opened" : "notification.risk.escalated";
        String when = StaffMail.datesFor(to).inWordsWithTime(openedAt) + " (" + to.timeZone().getId() + ")";
        String who = clinicianName != null ? clinicianName : mails.text("notification.noClinician", locale);
        String path = recipient.audience() == Audience.ADMIN ? "/admin/users"
                : "/courses/" + course + "/risk-events/" + riskEvent;
        String body = mails.body(to, locale, mails.text(base + "." + recipient.audience(), locale, when, who),
                mails.text("notification.link." + recipient.audience(), locale), path, organisationName);
        return new Outbox.NewMail(to.organisationId().value(), to.id().value(), to.email(), kind,
                dedupeKey(kind, riskEvent, to.id()), mails.messageId(prefix, riskEvent, to.id()),
                mails.text(base + ".subject", locale, organisationName), body);
    }

    /** One e-mail per kind, risk event and person: {@code risk-opened:<riskEventId>:<userId>}. */
    static String dedupeKey(NotificationKind kind, RiskEventId riskEvent, UserId user) {
        return (kind == NotificationKind.RISK_OPENED ? "risk-opened" : "risk-escalated") + ":" + riskEvent + ":"
                + user;
    }
}
