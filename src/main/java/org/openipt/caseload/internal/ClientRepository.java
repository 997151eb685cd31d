package org.openipt.caseload.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends ListCrudRepository<Client, UUID> {

    Optional<Client> findByIdAndOrganisationId(UUID id, UUID organisationId);

    boolean existsByIdAndOrganisationId(UUID id, UUID organisationId);

    Optional<Client> findByUserAccountId(UUID userAccountId);

    /** The day the client's record was erased, or null. */
    @Query("select erased_on from client where id = :id")
    @Nullable LocalDate erasedOn(@Param("id") UUID id);

    /** Replaces the client's personal details: the row stays, named for the audit trail, linked to no account. */
    @Modifying
    @Query("update client set display_name = :name, search_name = :searchName, birth_year = null, email = null, "
            + "preferred_language = null, external_record_number = null, user_account_id = null, erased_on = :on, "
            + "version = version + 1 where id = :id and organisation_id = :organisation")
    int erase(@Param("id") UUID id, @Param("organisation") UUID organisation, @Param("name") String name,
            @Param("searchName") String searchName, @Param("on") LocalDate on);

    String MATCHES = " (:search = '' or search_name like :pattern or lower(external_record_number) like :pattern) ";

    /** The clients whose care team these clinicians are active members of. */
    String ON_TEAMS_OF = " id in (select client_id from care_team_membership where active_clinician_id in (:clinicians)) ";

    @Query("select * from client where organisation_id = :organisationId and" + ON_TEAMS_OF + "and" + MATCHES
            + "order by search_name, id limit :limit offset :offset")
    List<Client> findForClinicians(@Param("organisationId") UUID organisationId,
            @Param("clinicians") Collection<UUID> clinicians, @Param("search") String search,
            @Param("pattern") String pattern, @Param("limit") int limit, @Param("offset") long offset);

    @Query("select count(*) from client where organisation_id = :organisationId and" + ON_TEAMS_OF + "and" + MATCHES)
    long countForClinicians(@Param("organisationId") UUID organisationId,
            @Param("clinicians") Collection<UUID> clinicians, @Param("search") String search,
            @Param("pattern") String pattern);

    /** Every client of these clinicians, as ids only: what the caseload's alerts are looked up for. */
    @Query("select id from client where organisation_id = :organisationId and" + ON_TEAMS_OF)
    List<UUID> findIdsForClinicians(@Param("organisationId") UUID organisationId,
            @Param("clinicians") Collection<UUID> clinicians);

    @Query("select * from client where organisation_id = :organisationId and" + MATCHES
            + "order by search_name, id limit :limit offset :offset")
    List<Client> findInOrganisation(@Param("organisationId") UUID organisationId, @Param("search") String search,
            @Param("pattern") String pattern, @Param("limit") int limit, @Param("offset") long offset);

    @Query("select count(*) from client where organisation_id = :organisationId and" + MATCHES)
    long countInOrganisation(@Param("organisationId") UUID organisationId, @Param("search") String search,
            @Param("pattern") String pattern);
}
