package org.openipt.formulation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface GoalRepository extends CrudRepository<GoalRow, UUID> {

    List<GoalRow> findByCourseIdOrderByCreatedAt(UUID courseId);

    int countByFocalAreaId(UUID focalAreaId);
}
