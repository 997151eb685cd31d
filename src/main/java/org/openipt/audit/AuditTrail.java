package org.openipt.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.internal.AuditRecord;
import org.openipt.audit.internal.AuditRecordRepository;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.shared.Identifier;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so an action and its audit row
 * commit together or not at all; {@link #recordDenied} commits on its own, because the refused action rolls back.
 */
@Service
public class AuditTrail {

    private final AuditRecordRepository records;
    private final IdentityService identity;
    private final Clock clock;

    AuditTrail(AuditRecordRepository records, IdentityService identity, Clock clock) {
        this.records = records;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CurrentUser user, @Nullable Identifier client, AuditAction action, String objectType,
            @Nullable Identifier object, @Nullable String detail) {
        records.save(AuditRecord.of(clock.instant(), user, valueOf(client), action, objectType, valueOf(object),
                AuditOutcome.SUCCESS, detail));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser user, AuditAction action, String objectType, @Nullable Identifier object) {
        records.save(AuditRecord.of(clock.instant(), user, null, action, objectType, valueOf(object),
                AuditOutcome.DENIED, null));
    }

    /** The trail of one client, newest first; administrators only. Reading it is itself recorded. */
    @Transactional
    public ResultPage<AuditEntry> trailOfClient(CurrentUser admin, Identifier client, PageRequestParams page) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        UUID organisation = admin.organisationId().value();
        UUID clientId = client.value();
        List<AuditRecord> rows = records.findByClient(organisation, clientId, page.size(), page.offset());
        ResultPage<AuditEntry> result = new ResultPage<>(entries(rows), page.page(), page.size(),
                records.countByOrganisationIdAndClientId(organisation, clientId));
        record(admin, client, AuditAction.READ, "AUDIT_TRAIL", client, null);
        return result;
    }

    /** Who changed a record and when, newest first (the "history" of a course, for example). */
    @Transactional(readOnly = true)
    public List<AuditEntry> changesOf(CurrentUser user, Identifier object, int limit) {
        return entries(records.findChanges(user.organisationId().value(), object.value(), limit));
    }

    private static @Nullable UUID valueOf(@Nullable Identifier id) {
        return id == null ? null : id.value();
    }

    private List<AuditEntry> entries(List<AuditRecord> rows) {
        Map<UserId, String> names = identity.displayNames(rows.stream().map(AuditRecord::getUserId)
                .filter(java.util.Objects::nonNull).map(UserId::new).collect(Collectors.toSet()));
        return rows.stream().map(r -> new AuditEntry(r.getOccurredAt(),
                r.getUserId() == null ? null : names.get(new UserId(r.getUserId())), r.getUserRole(),
                AuditAction.valueOf(r.getAction()), r.getObjectType(), r.getObjectId(),
                AuditOutcome.valueOf(r.getOutcome()), r.getDetail())).toList();
    }
}
