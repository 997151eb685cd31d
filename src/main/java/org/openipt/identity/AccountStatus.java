package org.openipt.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an account stands with its sign-in: {@code activatedAt} once its password was set; {@code invitedUntil} while
 * an invitation is open.
 */
public record AccountStatus(@Nullable String signIn, @Nullable Instant activatedAt, @Nullable Instant invitedUntil,
        boolean enabled) {
}
