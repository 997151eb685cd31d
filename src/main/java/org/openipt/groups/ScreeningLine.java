package org.openipt.groups;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;

/** One person screened: who, where, their total and outcome, and the client and course made for them if any. */
public record ScreeningLine(UUID id, String name, @Nullable String site, @Nullable Sex sex, @Nullable Integer age,
        @Nullable Integer total, ScreeningOutcome outcome, @Nullable ClientId clientId, @Nullable CourseId courseId,
        Instant screenedAt) {
}
