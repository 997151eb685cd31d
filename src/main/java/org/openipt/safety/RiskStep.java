package org.openipt.safety;

/** A step of the lifecycle, with the state it leads to. */
public enum RiskStep {
    ACKNOWLEDGE(RiskState.ACKNOWLEDGED), ASSESS(RiskState.ASSESSED), ACTION(RiskState.ACTIONED),
    CLOSE(RiskState.CLOSED);

    private final RiskState to;

    RiskStep(RiskState to) {
        this.to = to;
    }

    public RiskState to() {
        return to;
    }
}
