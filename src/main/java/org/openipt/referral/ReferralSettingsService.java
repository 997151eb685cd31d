package org.openipt.referral;

import java.time.Clock;
import java.util.Optional;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.referral.internal.ReferralStore;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator opens or closes the organisation's referral page and chooses the code in its address. The
 * consent wording is a consent document of its own kind (self-referral), published like the others.
 */
@Service
@Transactional
public class ReferralSettingsService {

    private final ReferralStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralSettingsService(ReferralStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ReferralSettings> settings(CurrentUser admin) {
        requireAdmin(admin);
        return store.settingsOf(admin.organisationId());
    }

    public void change(CurrentUser admin, String code, boolean open, long version) {
        requireAdmin(admin);
        String wanted = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ReferralSettings.validCode(wanted)) {
            throw new RuleViolation("referral.code.invalid");
        }
        if (store.settingsByCode(wanted).filter(other -> !other.organisationId().equals(admin.organisationId()))
                .isPresent()) {
            throw new RuleViolation("referral.code.taken");
        }
        store.saveSettings(admin.organisationId(), wanted, open, version, clock.instant());
        audit.record(admin, null, AuditAction.UPDATE, "REFERRAL_PAGE", null,
                AuditEntry.detail(open ? "history.referralPageOpened" : "history.referralPageClosed"));
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new NotFoundException("referralPage");
        }
    }
}
