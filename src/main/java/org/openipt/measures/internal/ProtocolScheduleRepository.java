package org.openipt.measures.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProtocolScheduleRepository extends Repository<ProtocolScheduleRow, UUID> {

    ProtocolScheduleRow save(ProtocolScheduleRow schedule);

    Optional<ProtocolScheduleRow> findById(UUID protocolId);
}
