package org.openipt.caseload.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface EmergencyAccessRepository extends CrudRepository<EmergencyAccessRow, UUID> {

    /** A clinician's emergency accesses to a client that have not expired at {@code now}. */
    @Query("select * from emergency_access where clinician_id = :clinicianId and client_id = :clientId"
            + " and expires_at > :now")
    List<EmergencyAccessRow> findLasting(@Param("clinicianId") UUID clinicianId, @Param("clientId") UUID clientId,
            @Param("now") Instant now);

    @Query("select * from emergency_access where organisation_id = :organisationId"
            + " order by started_at desc, id limit :limit offset :offset")
    List<EmergencyAccessRow> findInOrganisation(@Param("organisationId") UUID organisationId, @Param("limit") int limit,
            @Param("offset") long offset);

    long countByOrganisationId(UUID organisationId);
}
