package org.openipt.caseload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a client stands with one kind of consent: the version they are asked to agree to now, and the version and
 * moment they last agreed (which may be an earlier version: then the current one is still missing).
 */
public record ConsentStatus(ConsentDocument current, @Nullable Integer agreedVersion, @Nullable Instant agreedAt) {

    public boolean missing() {
        return agreedVersion == null || agreedVersion != current.version();
    }
}
