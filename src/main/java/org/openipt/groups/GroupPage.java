package org.openipt.groups;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.protocol.Protocol;

/**
 * Everything the group page shows: the group and its format, who runs and supervises it, its members (active first)
 * with their attendance and outcomes, its sessions, and — for its facilitators — the next session to record and the
 * groups a member could move to.
 */
public record GroupPage(Group group, Protocol format, GroupFormat sessions, String facilitatorName,
        @Nullable String coFacilitatorName, String supervisorName, List<MemberLine> members,
        List<GroupSessionRecord> held, GroupOutcomes outcomes, boolean mayRun, @Nullable Integer nextSession,
        List<Group> otherGroups, String instrumentTitle) {

    public List<MemberLine> active() {
        return members.stream().filter(m -> m.member().state().active()).toList();
    }

    public List<MemberLine> former() {
        return members.stream().filter(m -> !m.member().state().active()).toList();
    }

    public boolean belowMinimum() {
        return CompositionRules.belowMinimum(group.settings(), active().size());
    }
}
