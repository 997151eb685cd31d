package org.openipt.groups;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;

/**
 * Who joins a group: a client already on the facilitator's caseload, or a new person by name (or a pseudonym), with
 * a birth year when the group has an age range; their sex as recorded, needed for a single-sex group.
 */
public record NewMember(@Nullable ClientId existing, @Nullable String name, @Nullable Integer birthYear,
        @Nullable Sex sex) {
}
