package org.openipt.formulation.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface FormulationRepository extends CrudRepository<FormulationRow, UUID> {

    Optional<FormulationRow> findByCourseId(UUID courseId);
}
