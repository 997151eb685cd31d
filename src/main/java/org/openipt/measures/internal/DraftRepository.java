package org.openipt.measures.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface DraftRepository extends CrudRepository<DraftRow, UUID> {

    Optional<DraftRow> findByCourseIdAndInstrumentId(UUID courseId, String instrumentId);

    List<DraftRow> findByCourseId(UUID courseId);
}
