package org.openipt.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.identity.UserId;

/**
 * A supervision session as the supervisor records it: the day, the counsellors who came, the cases discussed, what
 * was decided, and the follow-ups agreed with their due days.
 */
public record SupervisionSessionEntry(LocalDate heldOn, Set<UserId> counsellors, Set<ClientId> cases,
        @Nullable String decisions, List<NewFollowUp> followUps) {

    public static final int DECISIONS_LENGTH = 4000;
    public static final int FOLLOW_UP_LENGTH = 1000;

    public SupervisionSessionEntry {
        counsellors = Set.copyOf(counsellors);
        cases = Set.copyOf(cases);
        followUps = List.copyOf(followUps);
    }

    /** Something to do by a day, about one of the cases or in general. */
    public record NewFollowUp(String what, @Nullable LocalDate dueOn, @Nullable ClientId about) {
    }
}
