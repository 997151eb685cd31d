package org.openipt.course;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A session as shown; {@code number} is its place among the contracted sessions held ("session 3"), null if it
 * was not held or the client was not there. Never carries the private psychotherapy note.
 */
public record SessionView(SessionId id, CourseId courseId, @Nullable Integer number, ZonedDateTime when,
        SessionMode mode, Attendance attendance, @Nullable String intervalHistory, @Nullable Integer moodRating,
        @Nullable String notes, SessionParticipants participants, @Nullable String caregiver,
        @Nullable UUID focalAreaId, List<Technique> techniques, boolean moodLinkedToEvents,
        boolean sessionsLeftNamed, long version) {

    public SessionView {
        techniques = List.copyOf(techniques);
    }
}
