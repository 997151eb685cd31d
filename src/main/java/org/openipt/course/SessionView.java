package org.openipt.course;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/** A session as shown; {@code number} is its place among the attended sessions ("session 3"), null if not held. */
public record SessionView(SessionId id, CourseId courseId, @Nullable Integer number, ZonedDateTime when,
        SessionMode mode, Attendance attendance, @Nullable String intervalHistory, @Nullable Integer moodRating,
        @Nullable String notes, long version) {
}
