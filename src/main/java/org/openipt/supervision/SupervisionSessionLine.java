package org.openipt.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A supervision session in the list: when, who came, the cases discussed, what was decided, its follow-ups. */
public record SupervisionSessionLine(UUID id, LocalDate heldOn, List<String> counsellors, List<String> cases,
        @Nullable String decisions, List<FollowUp> followUps) {
}
