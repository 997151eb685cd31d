package org.openipt.inventory;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;

/**
 * The intake version of an inventory against the current one. Without an intake version ({@code intakeMarkedAt}
 * is null) there is nothing to compare and {@code changes} is empty.
 */
public record InventoryComparison(CourseId courseId, @Nullable Instant intakeMarkedAt,
        @Nullable String intakeMarkedBy, List<PersonChange> changes) {

    public InventoryComparison {
        changes = List.copyOf(changes);
    }

    public long count(PersonChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }
}
