package org.openipt.formulation.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AssessmentRepository extends CrudRepository<AssessmentRow, UUID> {

    Optional<AssessmentRow> findByCourseId(UUID courseId);
}
