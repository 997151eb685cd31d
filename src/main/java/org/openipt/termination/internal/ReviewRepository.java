package org.openipt.termination.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ReviewRepository extends CrudRepository<ReviewRow, UUID> {

    Optional<ReviewRow> findByCourseId(UUID courseId);
}
