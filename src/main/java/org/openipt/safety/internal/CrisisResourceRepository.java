package org.openipt.safety.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface CrisisResourceRepository extends Repository<CrisisResourceRow, UUID> {

    CrisisResourceRow save(CrisisResourceRow resource);

    void delete(CrisisResourceRow resource);

    List<CrisisResourceRow> findByOrganisationIdOrderByLocaleAscNameAscIdAsc(UUID organisationId);

    Optional<CrisisResourceRow> findByIdAndOrganisationId(UUID id, UUID organisationId);
}
