package org.openipt.termination.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface PlanRepository extends CrudRepository<PlanRow, UUID> {

    Optional<PlanRow> findByCourseId(UUID courseId);
}
