package org.openipt.notification;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditTrail;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.notification.internal.Outbox;
import org.openipt.notification.internal.OutboxSender;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the e-mails their organisation's staff were sent: the outbox, newest first. */
@Service
public class NotificationService {

    private final Outbox outbox;
    private final OutboxSender sender;
    private final IdentityService identity;
    private final AuditTrail audit;

    NotificationService(Outbox outbox, OutboxSender sender, IdentityService identity, AuditTrail audit) {
        this.outbox = outbox;
        this.sender = sender;
        this.identity = identity;
        this.audit = audit;
    }

    /** The organisation's recent e-mails, newest first; administrators only; the reading is audited. */
    @Transactional
    public ResultPage<NotificationSummary> recent(CurrentUser admin, PageRequestParams page) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        var organisation = admin.organisationId().value();
        var rows = outbox.recent(organisation, page.size(), page.offset());
        Set<UserId> recipients = rows.stream().map(r -> new UserId(r.recipientId())).collect(Collectors.toSet());
        Map<UserId, String> names = identity.displayNames(recipients);
        audit.record(admin, null, AuditAction.READ, "NOTIFICATIONS", null, null);
        return new ResultPage<>(rows.stream().map(r -> new NotificationSummary(r.id(),
                names.getOrDefault(new UserId(r.recipientId()), r.recipientEmail()), r.recipientEmail(), r.kind(),
                r.createdAt(), r.status(), r.attempts(), r.sentAt(), r.lastError())).toList(), page.page(),
                page.size(), outbox.count(organisation));
    }

    /** Whether a mail server is configured; without one, e-mails wait in the outbox. */
    public boolean mailConfigured() {
        return sender.mailConfigured();
    }
}
