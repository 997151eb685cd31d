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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so an action and its audit row
 * commit together or not at all; {@link #recordDenied} commits on its own, because the refused action rolls back.
 */
@Service
public class AuditTrail {

    private static final String EMERGENCY_ACCESS = AuditTrail.class.getName() + ".emergencyAccess.";
    private static final int EMERGENCY_TRAIL_LIMIT = 500;

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
                AuditOutcome.SUCCESS, detail, emergencyAccessFor(client)));
    }

    /**
     * Marks the rest of the current request as done under an emergency access to this client: every audit row about
     * the client written from here on carries the access's id, so that administrators can list what was done.
     */
    public void markEmergencyAccess(Identifier client, Identifier emergencyAccess) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(EMERGENCY_ACCESS + client.value(), emergencyAccess.value(),
                    RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The trail written under one emergency access of the organisation, oldest first; administrators only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> underEmergencyAccess(CurrentUser admin, Identifier emergencyAccess) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return entries(records.findUnderEmergencyAccess(admin.organisationId().value(), emergencyAccess.value(),
                EMERGENCY_TRAIL_LIMIT));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser user, AuditAction action, String objectType, @Nullable Identifier object) {
        records.save(AuditRecord.of(clock.instant(), user, null, action, objectType, valueOf(object),
                AuditOutcome.DENIED, null, null));
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

    /**
     * As {@link #changesOf(CurrentUser, Identifier, int)}, together with the changes of the client's own record of
     * the given types (a course's history shows the handovers of its client's care team, for example).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> changesOf(CurrentUser user, Identifier object, Identifier client, String clientObjectType,
            int limit) {
        return entries(records.findChangesWithClient(user.organisationId().value(), object.value(), client.value(),
                clientObjectType, limit));
    }

    private @Nullable UUID emergencyAccessFor(@Nullable Identifier client) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return client == null || request == null ? null
                : (UUID) request.getAttribute(EMERGENCY_ACCESS + client.value(), RequestAttributes.SCOPE_REQUEST);
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
                AuditOutcome.valueOf(r.getOutcome()), r.getDetail(), r.getEmergencyAccessId() != null)).toList();
    }
}
