package org.openipt.course;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A client's latest course at a glance: which, its phase, "session k of N" and the next planned session. */
public record LatestCourse(CourseId id, Phase phase, int sessionsHeld, int contractedSessions,
        @Nullable Instant nextSession) {
}
