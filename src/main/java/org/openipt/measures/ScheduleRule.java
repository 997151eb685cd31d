package org.openipt.measures;

/** How often an instrument is given in the sessions of a course, besides its milestones. */
public enum ScheduleRule {
    /** At every session held. */
    EVERY_SESSION,
    /** At sessions 1, 1 + n, 1 + 2n, … of those held (n at least 2). */
    EVERY_N_SESSIONS,
    /** Only at the schedule's milestones. */
    MILESTONES_ONLY
}
