package org.openipt.caseload.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Agreements are added, never changed or removed. */
public interface ConsentAgreementRepository extends Repository<ConsentAgreementRow, UUID> {

    ConsentAgreementRow save(ConsentAgreementRow agreement);

    List<ConsentAgreementRow> findByClientId(UUID clientId);

    Optional<ConsentAgreementRow> findByClientIdAndDocumentId(UUID clientId, UUID documentId);
}
