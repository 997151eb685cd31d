package org.openipt.measures;

/**
 * Where an occasion of a schedule stands on a given day.
 * <ul>
 * <li>DONE: a response satisfies it;</li>
 * <li>DUE: its day has come and its grace period has not run out;</li>
 * <li>OVERDUE: its day plus the grace period has passed without a response;</li>
 * <li>UPCOMING: its day is still ahead, or not known yet (the end of treatment of an open course);</li>
 * <li>MISSED: it was not taken and can no longer be caught up: a later occasion of the same instrument is done, or
 * the course ended early. Never counted as overdue, never reminded.</li>
 * </ul>
 */
public enum OccasionStatus {
    DONE, DUE, OVERDUE, UPCOMING, MISSED;

    /** Due or overdue: what the caseload counts and the course page asks for. */
    public boolean wanted() {
        return this == DUE || this == OVERDUE;
    }
}
