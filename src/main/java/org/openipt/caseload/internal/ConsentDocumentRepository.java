package org.openipt.caseload.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Published versions are added, never changed or removed. */
public interface ConsentDocumentRepository extends Repository<ConsentDocumentRow, UUID> {

    ConsentDocumentRow save(ConsentDocumentRow document);

    List<ConsentDocumentRow> findByOrganisationIdOrderByKindAscLanguageAscVersionNumberDesc(UUID organisationId);

    Optional<ConsentDocumentRow> findByIdAndOrganisationId(UUID id, UUID organisationId);

    @Query("select coalesce(max(version_number), 0) from consent_document where organisation_id = :organisationId"
            + " and kind = :kind and language = :language")
    int latestVersion(@Param("organisationId") UUID organisationId, @Param("kind") String kind,
            @Param("language") String language);
}
