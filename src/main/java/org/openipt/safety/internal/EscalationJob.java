package org.openipt.safety.internal;

import java.time.Clock;
import java.util.List;

import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every so often ({@code openipt.safety.escalation-check}, one minute unless set), marks the risk events left
 * unacknowledged too long as escalated. Safe on several nodes without a lock: each mark is a conditional update,
 * so whichever node runs first wins and the others change nothing; nothing is kept in memory between runs.
 */
@Component
public class EscalationJob {

    private final RiskEventService riskEvents;
    private final Clock clock;

    public EscalationJob(RiskEventService riskEvents, Clock clock) {
        this.riskEvents = riskEvents;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${openipt.safety.escalation-check:PT1M}",
            initialDelayString = "${openipt.safety.escalation-check:PT1M}")
    public List<RiskEventId> run() {
        return riskEvents.escalateOverdue(clock.instant());
    }
}
