package org.openipt.groups;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;
import org.openipt.measures.InstrumentDefinition;

/**
 * What the facilitator needs to run and record the next group session: which one and its phase (the guide's steps
 * follow it), how many are left after it, and each active member with the option they chose last time.
 */
public record SessionSheet(Group group, int number, int groupSessions, Phase phase, boolean last,
        List<Attendee> members, InstrumentDefinition instrument) {

    /** One active member: who, the option they chose at their last session present, and the sessions they missed. */
    public record Attendee(GroupMemberId id, String name, @Nullable String lastOption, long missed) {
    }

    public int sessionsLeftAfter() {
        return groupSessions - number;
    }
}
