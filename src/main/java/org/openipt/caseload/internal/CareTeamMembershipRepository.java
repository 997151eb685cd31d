package org.openipt.caseload.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface CareTeamMembershipRepository extends CrudRepository<CareTeamMembership, UUID> {

    /** Every membership of a client's team, active and ended, in the order they began. */
    @Query("select * from care_team_membership where client_id = :clientId order by started_on, created_at")
    List<CareTeamMembership> findByClient(@Param("clientId") UUID clientId);

    /** The responsible clinician's active membership of each of these clients. */
    @Query("select * from care_team_membership where responsible_client_id in (:clientIds)")
    List<CareTeamMembership> findResponsibleOf(@Param("clientIds") Collection<UUID> clientIds);

    /** Every membership of these clients' teams, active and ended. */
    @Query("select * from care_team_membership where client_id in (:clientIds) order by started_on, created_at")
    List<CareTeamMembership> findByClients(@Param("clientIds") Collection<UUID> clientIds);
}
