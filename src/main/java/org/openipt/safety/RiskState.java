package org.openipt.safety;

/** Where a risk event stands; every state but {@link #CLOSED} keeps the event open and in sight. */
public enum RiskState {
    OPEN, ACKNOWLEDGED, ASSESSED, ACTIONED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
