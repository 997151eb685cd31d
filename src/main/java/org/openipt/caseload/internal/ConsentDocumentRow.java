package org.openipt.caseload.internal;

import java.time.Instant;
import java.util.UUID;

import org.openipt.caseload.ConsentDocument;
import org.openipt.caseload.ConsentDocumentId;
import org.openipt.caseload.ConsentKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One published version of a consent document; written once, never changed. */
@Table("consent_document")
public class ConsentDocumentRow implements Persistable<UUID> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final ConsentKind kind;
    private final String language;
    private final int versionNumber;
    private final String title;
    private final String body;
    private final Instant publishedAt;
    private final UUID publishedBy;
    @Transient
    private final boolean isNew;

    @PersistenceCreator
    ConsentDocumentRow(UUID id, UUID organisationId, ConsentKind kind, String language, int versionNumber,
            String title, String body, Instant publishedAt, UUID publishedBy) {
        this(id, organisationId, kind, language, versionNumber, title, body, publishedAt, publishedBy, false);
    }

    private ConsentDocumentRow(UUID id, UUID organisationId, ConsentKind kind, String language, int versionNumber,
            String title, String body, Instant publishedAt, UUID publishedBy, boolean isNew) {
        this.id = id;
        this.organisationId = organisationId;
        this.kind = kind;
        this.language = language;
        this.versionNumber = versionNumber;
        this.title = title;
        this.body = body;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.isNew = isNew;
    }

    public static ConsentDocumentRow publish(UUID organisationId, ConsentKind kind, String language, int versionNumber,
            String title, String body, Instant now, UUID by) {
        return new ConsentDocumentRow(UUID.randomUUID(), organisationId, kind, language, versionNumber, title, body,
                now, by, true);
    }

    public ConsentDocument view() {
        return new ConsentDocument(new ConsentDocumentId(id), kind, language, versionNumber, title, body, publishedAt);
    }

    @Override
    public UUID getId() { return id; }
    @Override
    public boolean isNew() { return isNew; }
}
