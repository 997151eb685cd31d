package org.openipt.safety.internal;

import org.openipt.measures.RiskAnswersRecorded;
import org.openipt.safety.RiskEventService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the risk event of a response with a risk answer. A plain synchronous listener on purpose (not a
 * transactional or asynchronous one): it runs inside the publisher's transaction, so the response and its risk
 * event commit together, and a failure here rolls the response back: a risk answer is never stored alone.
 */
@Component
class RiskAnswersListener {

    private final RiskEventService riskEvents;

    RiskAnswersListener(RiskEventService riskEvents) {
        this.riskEvents = riskEvents;
    }

    @EventListener
    void on(RiskAnswersRecorded recorded) {
        riskEvents.open(recorded);
    }
}
