package org.openipt.identity;

import org.jspecify.annotations.Nullable;

/** A staff or client account as administrators list it. */
public record UserSummary(UserId id, String email, String displayName, Role role, boolean layCounsellor,
        @Nullable UserId supervisorId, @Nullable String supervisorName, boolean enabled, boolean needsSignOff,
        long version) {
}
