package org.openipt.groups;

import org.openipt.identity.CurrentUser;

/**
 * Who reaches a group: its facilitators run it (they record its sessions and change its members), its supervisor
 * reads it; nobody else learns it exists. The members' records stay under the client access policy: a facilitator
 * reaches a member's course through the care-team membership joining the group gave them. Pure.
 */
public enum GroupAccess {
    NONE, READ, RUN;

    public static GroupAccess of(CurrentUser user, Group group) {
        if (!group.settings().facilitator().equals(user.id()) && !user.id().equals(group.settings().coFacilitator())
                && !group.settings().supervisor().equals(user.id())) {
            return NONE;
        }
        return group.settings().supervisor().equals(user.id()) ? READ : RUN;
    }

    public boolean maySee() {
        return this != NONE;
    }

    public boolean mayRun() {
        return this == RUN;
    }
}
