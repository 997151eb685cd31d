package org.openipt.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.identity.Role;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    List<UserAccount> findByEmailOrderByCreatedAt(String email);

    Optional<UserAccount> findByOrganisationIdAndEmail(UUID organisationId, String email);

    Optional<UserAccount> findByIdAndOrganisationId(UUID id, UUID organisationId);

    List<UserAccount> findByOrganisationIdAndRoleOrderByDisplayName(UUID organisationId, Role role);

    @Query("select * from user_account where organisation_id = :organisationId order by display_name limit :limit offset :offset")
    List<UserAccount> findPage(@Param("organisationId") UUID organisationId, @Param("limit") int limit,
            @Param("offset") long offset);

    long countByOrganisationId(UUID organisationId);

    /**
     * Counts a failed sign-in in one statement, without the row's version: sign-ins racing for one account (an
     * integration's parallel API calls) must not make each other fail.
     */
    @Modifying
    @Query("update user_account set failed_logins = failed_logins + 1 where email = :email")
    void countFailedLogin(@Param("email") String email);

    /** Clears the count after a right password, and writes only when there was something to clear. */
    @Modifying
    @Query("update user_account set failed_logins = 0, locked_until = null "
            + "where id = :id and (failed_logins > 0 or locked_until is not null)")
    void clearFailedLogins(@Param("id") UUID id);

    /** A client's portal account, erased with their record: no name, no sign-in, never usable again. */
    @Modifying
    @Query("update user_account set display_name = :name, email = null, preferred_language = null, enabled = false, "
            + "password_hash = :unusable, version = version + 1 where id = :id and role = 'CLIENT'")
    int eraseClientAccount(@Param("id") UUID id, @Param("name") String name, @Param("unusable") String unusable);

    @Query("select id from user_account where supervisor_id = :supervisorId")
    List<UUID> findIdsBySupervisorId(@Param("supervisorId") UUID supervisorId);
}
