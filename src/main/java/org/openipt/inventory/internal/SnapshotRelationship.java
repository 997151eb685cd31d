package org.openipt.inventory.internal;

import java.time.Instant;
import java.util.UUID;

import org.openipt.inventory.RelationshipFields;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A relationship as a kept version of the inventory recorded it: a copy, never changed. */
@Table("inventory_snapshot_relationship")
record SnapshotRelationship(UUID relationshipId, @Embedded.Empty RelationshipFields fields, Instant createdAt) {
}
