package org.openipt.audit;

import org.openipt.identity.AdministratorChanged;
import org.openipt.identity.IdentityService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an administrator's changes to accounts and to the organisation's settings in the audit trail: opening or
 * changing an account (a change of role or switching it off apart), ending its sessions, changing the settings (the
 * second-factor requirement among them). In the change's transaction; in one of its own for ending sessions, which
 * touches no table.
 */
@Component
class AdministrationAuditing {

    private final AuditTrail trail;
    private final IdentityService identity;

    AdministrationAuditing(AuditTrail trail, IdentityService identity) {
        this.trail = trail;
        this.identity = identity;
    }

    @EventListener
    @Transactional
    void on(AdministratorChanged change) {
        trail.record(identity.actingAs(change.administrator()), null,
                change.change() == AdministratorChanged.Change.ACCOUNT_OPENED ? AuditAction.CREATE : AuditAction.UPDATE,
                change.objectType(), change.object(), AuditEntry.detail("history.administration." + change.change()));
    }
}
