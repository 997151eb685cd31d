package org.openipt.caseload.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** A client agreed to one version of a consent document; written once. */
@Table("consent_agreement")
public class ConsentAgreementRow implements Persistable<UUID> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID clientId;
    private final UUID documentId;
    private final Instant agreedAt;
    private final UUID agreedBy;
    @Transient
    private final boolean isNew;

    @PersistenceCreator
    ConsentAgreementRow(UUID id, UUID organisationId, UUID clientId, UUID documentId, Instant agreedAt,
            UUID agreedBy) {
        this(id, organisationId, clientId, documentId, agreedAt, agreedBy, false);
    }

    private ConsentAgreementRow(UUID id, UUID organisationId, UUID clientId, UUID documentId, Instant agreedAt,
            UUID agreedBy, boolean isNew) {
        this.id = id;
        this.organisationId = organisationId;
        this.clientId = clientId;
        this.documentId = documentId;
        this.agreedAt = agreedAt;
        this.agreedBy = agreedBy;
        this.isNew = isNew;
    }

    public static ConsentAgreementRow agree(UUID organisationId, UUID clientId, UUID documentId, Instant now,
            UUID by) {
        return new ConsentAgreementRow(UUID.randomUUID(), organisationId, clientId, documentId, now, by, true);
    }

    @Override
    public UUID getId() { return id; }
    @Override
    public boolean isNew() { return isNew; }
    public UUID getDocumentId() { return documentId; }
    public Instant getAgreedAt() { return agreedAt; }
}
