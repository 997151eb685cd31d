package org.openipt.course;

/** Where an IPT course stands. The last three are endings; the rest are the phases of treatment. */
public enum Phase {
    REFERRED, INITIAL, MIDDLE, TERMINATION, COMPLETED, DROPPED_OUT, REFERRED_ON;

    public boolean isOpen() {
        return this == REFERRED || this == INITIAL || this == MIDDLE || this == TERMINATION;
    }
}
