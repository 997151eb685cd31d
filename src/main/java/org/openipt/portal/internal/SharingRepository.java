package org.openipt.portal.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface SharingRepository extends CrudRepository<SharingRow, UUID> {

    Optional<SharingRow> findByCourseId(UUID courseId);
}
