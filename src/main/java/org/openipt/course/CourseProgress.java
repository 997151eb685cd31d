package org.openipt.course;

/**
 * "Session k of N": how many contracted sessions have been held and how many are left, and whether the time
 * has come to propose the termination phase.
 */
public record CourseProgress(int sessionsHeld, int contractedSessions, int terminationPhaseSessions) {

    public int sessionsLeft() {
        return Math.max(0, contractedSessions - sessionsHeld);
    }

    public boolean contractUsedUp() {
        return sessionsHeld >= contractedSessions;
    }

    /** Termination is proposed once the sessions left are no more than the format's termination length. */
    public boolean terminationDue(Phase phase) {
        return phase == Phase.MIDDLE && sessionsLeft() <= terminationPhaseSessions;
    }
}
