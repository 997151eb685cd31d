package org.openipt.groups;

import org.openipt.course.Phase;
import org.openipt.protocol.ProtocolSettings;

/**
 * How a group format divides its sessions: the individual pre-group sessions first, then the group sessions, whose
 * first ones belong to the initial phase and last ones to termination, as the format's settings say (the WHO-style
 * format: one pre-group session, then group session 1 initial, the middle sessions, the last termination). Pure.
 */
public record GroupFormat(int preGroupSessions, int groupSessions, int initialGroupSessions,
        int terminationGroupSessions) {

    public static GroupFormat of(ProtocolSettings settings) {
        int pre = settings.preGroupSessions();
        int group = Math.max(1, settings.defaultSessions() - pre);
        int initial = Math.min(group, Math.max(0, settings.initialPhaseSessions() - pre));
        int termination = Math.min(group - initial, Math.max(1, settings.terminationPhaseSessions()));
        return new GroupFormat(pre, group, initial, termination);
    }

    /** The phase a group session belongs to, numbered from 1. */
    public Phase phaseOf(int groupSession) {
        if (groupSession <= initialGroupSessions) {
            return Phase.INITIAL;
        }
        if (groupSession > groupSessions - terminationGroupSessions) {
            return Phase.TERMINATION;
        }
        return Phase.MIDDLE;
    }

    /** Whether a group session with this number exists in the format. */
    public boolean has(int groupSession) {
        return groupSession >= 1 && groupSession <= groupSessions;
    }

    public boolean isLast(int groupSession) {
        return groupSession == groupSessions;
    }

    /** The number of the group session in each member's course ("session k of N"): after the pre-group sessions. */
    public int courseSession(int groupSession) {
        return preGroupSessions + groupSession;
    }
}
