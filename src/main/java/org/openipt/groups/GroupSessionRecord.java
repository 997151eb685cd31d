package org.openipt.groups;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.UserId;

/** A group session as recorded: its number, when it was held, and every member's attendance and check-in. */
public record GroupSessionRecord(GroupSessionId id, int number, LocalDateTime heldAt, boolean sessionsLeftNamed,
        @Nullable String notes, UserId recordedBy, List<CheckIn> checkIns) {

    public GroupSessionRecord {
        checkIns = List.copyOf(checkIns);
    }

    public Optional<CheckIn> of(GroupMemberId member) {
        return checkIns.stream().filter(c -> c.memberId().equals(member)).findFirst();
    }

    public long present() {
        return checkIns.stream().filter(CheckIn::present).count();
    }
}
