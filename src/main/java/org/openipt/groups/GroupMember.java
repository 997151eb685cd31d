package org.openipt.groups;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;

/**
 * One membership of a group: the client, the course they keep while in it, the day of their pre-group session once
 * held, and how the membership ended if it did.
 */
public record GroupMember(GroupMemberId id, GroupId groupId, ClientId clientId, CourseId courseId, @Nullable Sex sex,
        MemberState state, LocalDate joinedOn, @Nullable LocalDate leftOn, @Nullable String leaveReason,
        @Nullable GroupId movedTo, @Nullable LocalDate preGroupOn, long version) {

    public boolean preGroupDone() {
        return preGroupOn != null;
    }
}
