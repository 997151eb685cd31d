package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.formulation.GoalRating;
import org.openipt.formulation.GoalStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A goal of a focal area with its ratings over time. */
@Table("goal")
class GoalRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final UUID focalAreaId;
    private String description;
    private GoalStatus status;
    @MappedCollection(idColumn = "goal_id", keyColumn = "position")
    private List<RatingRow> ratings;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    GoalRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, UUID focalAreaId, String description,
            GoalStatus status, List<RatingRow> ratings, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.focalAreaId = focalAreaId;
        this.description = description;
        this.status = status;
        this.ratings = new ArrayList<>(ratings);
        this.createdAt = createdAt;
        this.version = version;
    }

    static GoalRow of(UUID organisationId, UUID courseId, UUID clientId, UUID focalAreaId, String description,
            Instant now) {
        return new GoalRow(UUID.randomUUID(), organisationId, courseId, clientId, focalAreaId, description.strip(),
                GoalStatus.OPEN, List.of(), now, null);
    }

    void review(String description, GoalStatus status, @Nullable Integer rating, LocalDate on) {
        this.description = description.strip();
        this.status = status;
        if (rating != null) {
            ratings.add(new RatingRow(on, rating));
        }
    }

    Goal view() {
        return new Goal(new GoalId(id), new FocalAreaId(focalAreaId), description, status,
                ratings.stream().map(r -> new GoalRating(r.ratedOn(), r.rating())).toList(),
                version == null ? 0 : version);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    UUID getFocalAreaId() { return focalAreaId; }
    GoalStatus getStatus() { return status; }

    @Table("goal_rating")
    record RatingRow(LocalDate ratedOn, int rating) {
    }
}
