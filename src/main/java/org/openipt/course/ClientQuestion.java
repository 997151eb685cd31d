package org.openipt.course;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question the client wrote for their next session, or a change they suggest to their closeness circle, and the
 * session it was brought to once it took place.
 */
public record ClientQuestion(UUID id, Topic topic, String question, Instant askedAt, @Nullable SessionId broughtTo) {

    public static final int LENGTH = 1000;

    /** What the client's note is about. */
    public enum Topic {
        /** Anything they want to ask or talk about. */
        NEXT_SESSION,
        /** A change to the people of their closeness circle, suggested from "My people". */
        MY_PEOPLE
    }

    public boolean open() {
        return broughtTo == null;
    }
}
