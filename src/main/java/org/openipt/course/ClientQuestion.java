package org.openipt.course;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A question the client wrote for their next session, and the session it was brought to once it took place. */
public record ClientQuestion(UUID id, String question, Instant askedAt, @Nullable SessionId broughtTo) {

    public static final int LENGTH = 1000;

    public boolean open() {
        return broughtTo == null;
    }
}
