package org.openipt.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.identity.Role;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByIdAndOrganisationId(UUID id, UUID organisationId);

    List<UserAccount> findByOrganisationIdAndRoleOrderByDisplayName(UUID organisationId, Role role);

    @Query("select * from user_account where organisation_id = :organisationId order by display_name limit :limit offset :offset")
    List<UserAccount> findPage(@Param("organisationId") UUID organisationId, @Param("limit") int limit,
            @Param("offset") long offset);

    long countByOrganisationId(UUID organisationId);

    @Query("select id from user_account where supervisor_id = :supervisorId")
    List<UUID> findIdsBySupervisorId(@Param("supervisorId") UUID supervisorId);
}
