package org.openipt.identity;

import java.time.Instant;

/** A secret just issued, shown or sent once: a code to read out, or the path of a link. */
public record IssuedSecret(String secret, Instant expiresAt) {
}
