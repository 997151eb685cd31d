package org.openipt.supervision;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;

/** Something agreed in supervision, to be done by a day; on the dashboard until done. */
public record FollowUp(UUID id, UUID supervisionSessionId, @Nullable ClientId clientId, String what, LocalDate dueOn,
        @Nullable LocalDate doneOn, long version) {

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
