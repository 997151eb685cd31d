package org.openipt.inventory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface InventorySnapshotRepository extends CrudRepository<InventorySnapshot, UUID> {

    Optional<InventorySnapshot> findByCourseIdAndLabel(UUID courseId, String label);
}
