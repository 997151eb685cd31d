package org.openipt.audit;

import org.openipt.identity.IdentityService;
import org.openipt.identity.SecondFactors.SecondFactorChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts every change to a second factor in the audit trail, in the transaction that made it: who set one up, used a
 * recovery code, renewed or removed theirs, and which administrator reset whose.
 */
@Component
class SecondFactorAuditing {

    private final AuditTrail trail;
    private final IdentityService identity;

    SecondFactorAuditing(AuditTrail trail, IdentityService identity) {
        this.trail = trail;
        this.identity = identity;
    }

    @EventListener
    void on(SecondFactorChanged change) {
        trail.record(identity.actingAs(change.actor()), null, AuditAction.UPDATE, "secondFactor", change.account(),
                change.change().name());
    }
}
