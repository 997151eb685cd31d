package org.openipt.protocol.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ProtocolRepository extends CrudRepository<ProtocolRow, UUID> {

    List<ProtocolRow> findByOrganisationIdOrderByCode(UUID organisationId);

    Optional<ProtocolRow> findByIdAndOrganisationId(UUID id, UUID organisationId);

    Optional<ProtocolRow> findByOrganisationIdAndCode(UUID organisationId, String code);
}
