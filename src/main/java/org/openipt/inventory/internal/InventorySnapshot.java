package org.openipt.inventory.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A version of a course's inventory kept as it was: who marked it and when. Its relationships are copied rows in
 * {@code inventory_snapshot_relationship}, written and read by {@link InventoryStore}.
 */
@Table("inventory_snapshot")
class InventorySnapshot {

    static final String INTAKE = "INTAKE";

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final String label;
    private final Instant takenAt;
    private final UUID takenBy;
    @Version
    private @Nullable Long version;

    InventorySnapshot(UUID id, UUID organisationId, UUID courseId, String label, Instant takenAt, UUID takenBy,
            @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.label = label;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        this.version = version;
    }

    static InventorySnapshot intake(UUID organisationId, UUID courseId, UUID takenBy, Instant now) {
        return new InventorySnapshot(UUID.randomUUID(), organisationId, courseId, INTAKE, now, takenBy, null);
    }

    UUID getId() { return id; }
    Instant getTakenAt() { return takenAt; }
    UUID getTakenBy() { return takenBy; }
}
