package org.openipt.inventory.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A version of a course's inventory kept as it was: who marked it, when, and a copy of every relationship. */
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
    @MappedCollection(idColumn = "snapshot_id")
    private final Set<SnapshotRelationship> relationships;
    @Version
    private @Nullable Long version;

    InventorySnapshot(UUID id, UUID organisationId, UUID courseId, String label, Instant takenAt, UUID takenBy,
            Set<SnapshotRelationship> relationships, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.label = label;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        this.relationships = relationships;
        this.version = version;
    }

    static InventorySnapshot intake(UUID organisationId, UUID courseId, UUID takenBy, Instant now,
            List<InventoryRelationship> current) {
        Set<SnapshotRelationship> copies = new HashSet<>();
        current.forEach(relationship -> copies.add(new SnapshotRelationship(relationship.getId(),
                relationship.fields(), relationship.getCreatedAt())));
        return new InventorySnapshot(UUID.randomUUID(), organisationId, courseId, INTAKE, now, takenBy, copies, null);
    }

    UUID getId() { return id; }
    Instant getTakenAt() { return takenAt; }
    UUID getTakenBy() { return takenBy; }
    Set<SnapshotRelationship> getRelationships() { return relationships; }
}
