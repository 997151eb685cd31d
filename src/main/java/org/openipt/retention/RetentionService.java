package org.openipt.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseDatesService;
import org.openipt.course.RecordEnd;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.retention.internal.DependentRows;
import org.openipt.retention.internal.RetentionStore;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long client records are kept, legal holds, and erasure. An organisation sets a retention period in years,
 * counted from the day the client's last course ended; after it an administrator may erase the record, unless a legal
 * hold is set. Erasure deletes everything of the client's ({@link DependentRows}), keeps the audit trail, and leaves
 * the client's row with the name replaced so that the trail still reads.
 */
@Service
@Transactional
public class RetentionService {

    public static final int LONGEST_RETENTION_YEARS = 100;
    public static final int HOLD_REASON_LENGTH = 1_000;
    static final String CLIENT = "CLIENT";

    private final RetentionStore store;
    private final DependentRows rows;
    private final CaseloadService caseload;
    private final CourseDatesService courses;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionService(RetentionStore store, DependentRows rows, CaseloadService caseload, CourseDatesService courses,
            IdentityService identity, AuditTrail audit, Clock clock) {
        this.store = store;
        this.rows = rows;
        this.caseload = caseload;
        this.courses = courses;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OptionalInt retentionYears(CurrentUser admin) {
        requireAdmin(admin);
        return store.years(admin.organisationId().value());
    }

    public void changeRetentionYears(CurrentUser admin, int years) {
        requireAdmin(admin);
        if (years < 1 || years > LONGEST_RETENTION_YEARS) {
            throw new RuleViolation("retention.years.range");
        }
        store.changeYears(admin.organisationId().value(), years, clock.instant());
        audit.record(admin, null, AuditAction.UPDATE, "RETENTION_POLICY", admin.organisationId(),
                AuditEntry.detail("history.retentionChanged", years));
    }

    @Transactional(readOnly = true)
    public ClientRetention of(CurrentUser admin, ClientId client) {
        String name = caseload.directoryName(admin, client);
        Optional<LocalDate> erasedOn = caseload.erasedOn(admin, client);
        RecordEnd end = courses.recordEnd(admin.organisationId(), client);
        OptionalInt years = store.years(admin.organisationId().value());
        LocalDate ended = end.lastCourseEnded();
        LocalDate erasableFrom = end.courseOpen() || ended == null || years.isEmpty() ? null
                : ended.plusYears(years.getAsInt());
        RetentionStore.Hold hold = store.hold(client.value()).orElse(null);
        String holdSetBy = hold == null ? null
                : identity.displayNames(List.of(new UserId(hold.setBy()))).get(new UserId(hold.setBy()));
        return new ClientRetention(name, end.courseOpen(), ended, years.isPresent() ? years.getAsInt() : null,
                erasableFrom, hold == null ? null : hold.reason(), holdSetBy, hold == null ? null : hold.setAt(),
                erasedOn.orElse(null));
    }

    /** Keeps the record however long ago treatment ended (a complaint, a court order, an inquiry), with the reason. */
    public void setLegalHold(CurrentUser admin, ClientId client, @Nullable String typedReason) {
        ClientRetention retention = of(admin, client);
        String reason = Text.clean(typedReason);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("retention.hold.reasonRequired");
        }
        if (reason.length() > HOLD_REASON_LENGTH) {
            throw new RuleViolation("retention.hold.reasonTooLong");
        }
        if (retention.erased()) {
            throw new RuleViolation("retention.erased");
        }
        store.setHold(admin.organisationId().value(), client.value(), reason, admin.id().value(), clock.instant());
        audit.record(admin, client, AuditAction.UPDATE, CLIENT, client, AuditEntry.detail("history.legalHoldSet"));
    }

    public void liftLegalHold(CurrentUser admin, ClientId client) {
        of(admin, client);
        if (store.liftHold(client.value())) {
            audit.record(admin, client, AuditAction.UPDATE, CLIENT, client,
                    AuditEntry.detail("history.legalHoldLifted"));
        }
    }

    /**
     * Erases the client's record for good: refused while a course is open, before the retention period is over, under
     * a legal hold, or without the administrator's confirmation.
     */
    public void erase(CurrentUser admin, ClientId client, boolean confirmed) {
        ClientRetention retention = of(admin, client);
        LocalDate today = LocalDate.now(clock.withZone(admin.timeZone()));
        if (retention.erased()) {
            throw new RuleViolation("retention.erased");
        }
        if (retention.held()) {
            throw new RuleViolation("retention.held");
        }
        if (retention.courseOpen()) {
            throw new RuleViolation("retention.courseOpen");
        }
        if (retention.retentionYears() == null) {
            throw new RuleViolation("retention.noPeriod");
        }
        if (retention.erasableFrom() == null || today.isBefore(retention.erasableFrom())) {
            throw new RuleViolation("retention.notYet");
        }
        if (!confirmed) {
            throw new RuleViolation("retention.confirm");
        }
        Optional<UserId> account = caseload.eraseDetails(admin, client, today);
        rows.deleteReferringTo("client", List.of(client.value()));
        account.ifPresent(erased -> {
            rows.deleteReferringTo("user_account", List.of(erased.value()));
            identity.eraseClientAccount(admin, erased, CaseloadService.ERASED_NAME);
        });
        audit.record(admin, client, AuditAction.UPDATE, CLIENT, client, AuditEntry.detail("history.erased"));
    }

    private static void requireAdmin(CurrentUser admin) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
