package org.openipt.course;

/** What became of a session: still planned, held, or missed. Only attended sessions count towards the contract. */
public enum Attendance {
    SCHEDULED, ATTENDED, CANCELLED, NO_SHOW
}
