package org.openipt.identity;

import org.jspecify.annotations.Nullable;

/** What an administrator (or the demo, or the first start) enters to open an account. */
public record NewUser(String email, String displayName, String password, Role role, boolean layCounsellor,
        @Nullable UserId supervisorId, @Nullable String preferredLanguage) {
}
