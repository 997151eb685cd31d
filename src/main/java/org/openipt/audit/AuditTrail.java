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

    private static final int EXPORT_CHUNK = 2_000;

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

    /**
     * A refusal to reach a client of the user's own organisation (someone outside the care team trying the record):
     * it stands in that client's trail, for the administrators to see. Kept even when the refused work rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDeniedOnClient(CurrentUser user, AuditAction action, String objectType, Identifier client) {
        records.save(AuditRecord.of(clock.instant(), user, client.value(), action, objectType, client.value(),
                AuditOutcome.DENIED, null, null));
    }

    /** The trail of one client, newest first; administrators only. Reading it is itself recorded. */
    @Transactional
    public ResultPage<AuditEntry> trailOfClient(CurrentUser admin, Identifier client, PageRequestParams page) {
        return trailOfClient(admin, client, null, page);
    }

    /** As {@link #trailOfClient(CurrentUser, Identifier, PageRequestParams)}, only the entries of one outcome. */
    @Transactional
    public ResultPage<AuditEntry> trailOfClient(CurrentUser admin, Identifier client, @Nullable AuditOutcome outcome,
            PageRequestParams page) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        UUID organisation = admin.organisationId().value();
        UUID clientId = client.value();
        List<AuditRecord> rows = outcome == null
                ? records.findByClient(organisation, clientId, page.size(), page.offset())
                : records.findByClientAndOutcome(organisation, clientId, outcome.name(), page.size(), page.offset());
        ResultPage<AuditEntry> result = new ResultPage<>(entries(rows), page.page(), page.size(), outcome == null
                ? records.countByOrganisationIdAndClientId(organisation, clientId)
                : records.countByOrganisationIdAndClientIdAndOutcome(organisation, clientId, outcome.name()));
        record(admin, client, AuditAction.READ, "AUDIT_TRAIL", client, null);
        return result;
    }

    /**
     * Every entry of the administrator's organisation from the start of {@code from} to the end of {@code to} (days
     * in the organisation's time zone), oldest first, handed on in chunks so that a long period is never held in
     * memory at once; for an auditor. The export itself is recorded.
     */
    @Transactional
    public int export(CurrentUser admin, java.time.LocalDate from, java.time.LocalDate to,
            java.util.function.Consumer<AuditEntry> each) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        if (to.isBefore(from)) {
            throw new org.openipt.shared.RuleViolation("audit.export.order");
        }
        java.time.Instant start = from.atStartOfDay(admin.timeZone()).toInstant();
        java.time.Instant end = to.plusDays(1).atStartOfDay(admin.timeZone()).toInstant();
        UUID organisation = admin.organisationId().value();
        int exported = 0;
        List<AuditRecord> chunk;
        do {
            chunk = records.findInPeriod(organisation, start, end, EXPORT_CHUNK, exported);
            entries(chunk).forEach(each);
            exported += chunk.size();
        }
        while (chunk.size() == EXPORT_CHUNK);
        record(admin, null, AuditAction.READ, "AUDIT_EXPORT", null,
                AuditEntry.detail("history.auditExported", from, to, exported));
        return exported;
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
