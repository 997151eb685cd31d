package org.openipt.caseload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a client stands in treatment, for the caseload list: the phase of their current course, "session k of
 * N" and the next appointment. Provided by the course module through {@link ClientStatusProvider}.
 */
public record ClientStatus(String phase, int sessionsHeld, int contractedSessions, @Nullable Instant nextSession) {
}
