package org.openipt.formulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A goal of a focal area, its status and its ratings over time (oldest first). */
public record Goal(GoalId id, FocalAreaId focalAreaId, String description, GoalStatus status, List<GoalRating> ratings,
        long version) {

    public Goal {
        ratings = List.copyOf(ratings);
    }

    public @Nullable GoalRating latestRating() {
        return ratings.isEmpty() ? null : ratings.getLast();
    }
}
