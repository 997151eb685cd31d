package org.openipt.referral.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends CrudRepository<ReferralRow, UUID> {

    Optional<ReferralRow> findByIdAndOrganisationId(UUID id, UUID organisationId);

    Optional<ReferralRow> findByOrganisationIdAndSubmissionKey(UUID organisationId, UUID submissionKey);

    /** The triage queue: pending referrals, urgent first, then oldest. */
    @Query("""
            select * from self_referral where organisation_id = :organisation and status = 'PENDING'
            order by urgent desc, received_at, id limit :limit offset :offset""")
    List<ReferralRow> queue(@Param("organisation") UUID organisation, @Param("limit") int limit,
            @Param("offset") long offset);

    @Query("select count(*) from self_referral where organisation_id = :organisation and status = 'PENDING'")
    long pending(@Param("organisation") UUID organisation);
}
