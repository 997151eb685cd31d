package org.openipt.inventory;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;

/**
 * A course's inventory as the inventory page shows it: the people, closest ring first, and when the intake
 * version was marked (null while it has not been).
 */
public record InventoryView(CourseId courseId, ClientId clientId, List<Relationship> relationships,
        @Nullable Instant intakeMarkedAt, boolean changeable) {

    public InventoryView {
        relationships = List.copyOf(relationships);
    }

    public List<ClosenessCircle.Point> circle() {
        return ClosenessCircle.layout(relationships);
    }

    public long countIn(ClosenessRing ring) {
        return relationships.stream().filter(r -> r.ring() == ring).count();
    }
}
