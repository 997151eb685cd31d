package org.openipt.safety.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Risk events are opened and stepped, never deleted. */
interface RiskEventRepository extends Repository<RiskEventRow, UUID> {

    RiskEventRow save(RiskEventRow event);

    Optional<RiskEventRow> findByIdAndCourseId(UUID id, UUID courseId);

    Optional<RiskEventRow> findByResponseId(UUID responseId);
}
