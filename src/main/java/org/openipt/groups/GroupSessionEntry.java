package org.openipt.groups;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionMode;

/**
 * A group session as the facilitator records it: which one, when (local time), how the group met, whether the
 * sessions left were named, a note, and one check-in for every active member. {@code submissionKey} makes a repeat
 * of the same submission return the first.
 */
public record GroupSessionEntry(UUID submissionKey, int number, LocalDateTime heldAt, @Nullable SessionMode mode,
        boolean sessionsLeftNamed, @Nullable String notes, List<MemberCheckIn> members) {

    public GroupSessionEntry {
        members = List.copyOf(members);
    }
}
