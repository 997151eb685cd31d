package org.openipt.formulation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface MedicationRepository extends CrudRepository<MedicationRow, UUID> {

    List<MedicationRow> findByCourseIdOrderByCreatedAt(UUID courseId);
}
