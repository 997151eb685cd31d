package org.openipt.audit.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: the trail has no update or delete. */
public interface AuditRecordRepository extends Repository<AuditRecord, UUID> {

    AuditRecord save(AuditRecord record);

    @Query("select * from audit_record where organisation_id = :organisationId and client_id = :clientId "
            + "order by occurred_at desc limit :limit offset :offset")
    List<AuditRecord> findByClient(@Param("organisationId") UUID organisationId, @Param("clientId") UUID clientId,
            @Param("limit") int limit, @Param("offset") long offset);

    long countByOrganisationIdAndClientId(UUID organisationId, UUID clientId);

    @Query("select * from audit_record where organisation_id = :organisationId and occurred_at >= :start "
            + "and occurred_at < :end order by occurred_at, id limit :limit offset :offset")
    List<AuditRecord> findInPeriod(@Param("organisationId") UUID organisationId, @Param("start") java.time.Instant start,
            @Param("end") java.time.Instant end, @Param("limit") int limit, @Param("offset") long offset);

    @Query("select * from audit_record where organisation_id = :organisationId and client_id = :clientId "
            + "and outcome = :outcome order by occurred_at desc limit :limit offset :offset")
    List<AuditRecord> findByClientAndOutcome(@Param("organisationId") UUID organisationId,
            @Param("clientId") UUID clientId, @Param("outcome") String outcome, @Param("limit") int limit,
            @Param("offset") long offset);

    long countByOrganisationIdAndClientIdAndOutcome(UUID organisationId, UUID clientId, String outcome);

    @Query("select * from audit_record where organisation_id = :organisationId and object_id = :objectId "
            + "and action <> 'READ' and outcome = 'SUCCESS' order by occurred_at desc limit :limit")
    List<AuditRecord> findChanges(@Param("organisationId") UUID organisationId, @Param("objectId") UUID objectId,
            @Param("limit") int limit);

    @Query("select * from audit_record where organisation_id = :organisationId and (object_id = :objectId "
            + "or (object_id = :clientId and client_id = :clientId and object_type = :clientObjectType)) "
            + "and action <> 'READ' and outcome = 'SUCCESS' order by occurred_at desc limit :limit")
    List<AuditRecord> findChangesWithClient(@Param("organisationId") UUID organisationId,
            @Param("objectId") UUID objectId, @Param("clientId") UUID clientId,
            @Param("clientObjectType") String clientObjectType, @Param("limit") int limit);

    /** The rows written under an emergency access, and the row that opened it (its object is the access). */
    @Query("select * from audit_record where organisation_id = :organisationId and (emergency_access_id = "
            + ":emergencyAccessId or object_id = :emergencyAccessId) order by occurred_at limit :limit")
    List<AuditRecord> findUnderEmergencyAccess(@Param("organisationId") UUID organisationId,
            @Param("emergencyAccessId") UUID emergencyAccessId, @Param("limit") int limit);
}
