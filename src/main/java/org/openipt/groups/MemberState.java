package org.openipt.groups;

/**
 * Where a member stands in their group. Only an active member is in the group's sessions; a member who moved to
 * another group keeps their course and history there, and one who left ended their course with a reason.
 */
public enum MemberState {
    ACTIVE, COMPLETED, LEFT, MOVED;

    public boolean active() {
        return this == ACTIVE;
    }
}
