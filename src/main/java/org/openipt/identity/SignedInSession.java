package org.openipt.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * One place a person is signed in, as they see it on "Your sessions": when it began, when it was last used, from
 * where and with what browser. The handle names it on the page; the session's own id never leaves the server.
 */
public record SignedInSession(UUID handle, Instant signedInAt, Instant lastActive, String address, String device,
        boolean thisDevice) {
}
