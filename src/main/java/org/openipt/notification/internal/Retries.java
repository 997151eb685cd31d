package org.openipt.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed e-mail again: after {@code first}, then twice as long each time, never longer than {@code
 * longest}; after the last allowed attempt, never (the row is given up and shown as failed). Pure.
 */
public final class Retries {

    private Retries() {
    }

    /** The next attempt after {@code attempts} failed ones, or empty when that was the last one allowed. */
    public static Optional<Instant> nextAttempt(Instant failedAt, int attempts, int maxAttempts, Duration first,
            Duration longest) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration pause = first;
        for (int i = 1; i < attempts && pause.compareTo(longest) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(pause.compareTo(longest) > 0 ? longest : pause));
    }
}
