package org.openipt.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored diary entry of the client, with where it stands: a suggestion for the timeline, added to it as a mood
 * rating of its day, or set aside by the clinician.
 */
public record DiaryEntry(UUID id, LocalDate day, int rating, @Nullable String whatHappened, @Nullable String withWhom,
        Instant writtenAt, Status status, long version) {

    public enum Status {
        SUGGESTED, ADDED, SET_ASIDE
    }

    public boolean suggested() {
        return status == Status.SUGGESTED;
    }
}
