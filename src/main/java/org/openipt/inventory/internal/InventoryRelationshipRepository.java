package org.openipt.inventory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface InventoryRelationshipRepository extends CrudRepository<InventoryRelationship, UUID> {

    List<InventoryRelationship> findByCourseIdOrderByCreatedAt(UUID courseId);

    Optional<InventoryRelationship> findByIdAndCourseId(UUID id, UUID courseId);

    @Query("select count(*) from inventory_relationship where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
