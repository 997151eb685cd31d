package org.openipt.formulation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface FocalAreaRepository extends CrudRepository<FocalAreaRow, UUID> {

    List<FocalAreaRow> findByCourseIdOrderByCreatedAt(UUID courseId);

    int countByCourseId(UUID courseId);
}
