package org.openipt.supervision;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.groups.GroupId;
import org.openipt.identity.UserId;
import org.openipt.shared.Identifier;

/** A record submitted for sign-off, its supervisor's decision and comment. */
public record Review(ReviewId id, RecordKind kind, UUID recordId, @Nullable CourseId courseId,
        @Nullable GroupId groupId, UserId counsellor, UserId supervisor, ReviewState state, @Nullable String comment,
        Instant submittedAt, @Nullable Instant decidedAt, long version) {

    /** The id of a review, as URLs name it. */
    public record ReviewId(@com.fasterxml.jackson.annotation.JsonValue UUID value) implements Identifier {

        public static ReviewId of(String value) {
            return new ReviewId(UUID.fromString(value));
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }
}
