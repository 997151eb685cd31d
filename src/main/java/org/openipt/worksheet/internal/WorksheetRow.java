package org.openipt.worksheet.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("worksheet")
class WorksheetRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final String type;
    private String title;
    private @Nullable UUID sessionId;
    private @Nullable UUID relationshipId;
    private @Nullable UUID focalAreaId;
    private String content;
    private final UUID submissionKey;
    private final Instant createdAt;
    private Instant updatedAt;
    private final boolean byClient;
    @Version
    private @Nullable Long version;

    WorksheetRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, String type, String title,
            @Nullable UUID sessionId, @Nullable UUID relationshipId, @Nullable UUID focalAreaId, String content,
            UUID submissionKey, Instant createdAt, Instant updatedAt, boolean byClient, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.type = type;
        this.title = title;
        this.sessionId = sessionId;
        this.relationshipId = relationshipId;
        this.focalAreaId = focalAreaId;
        this.content = content;
        this.submissionKey = submissionKey;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.byClient = byClient;
        this.version = version;
    }

    void write(String title, @Nullable UUID sessionId, @Nullable UUID relationshipId, @Nullable UUID focalAreaId,
            String content, Instant now) {
        this.title = title;
        this.sessionId = sessionId;
        this.relationshipId = relationshipId;
        this.focalAreaId = focalAreaId;
        this.content = content;
        this.updatedAt = now;
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    String getType() { return type; }
    String getTitle() { return title; }
    @Nullable UUID getSessionId() { return sessionId; }
    @Nullable UUID getRelationshipId() { return relationshipId; }
    @Nullable UUID getFocalAreaId() { return focalAreaId; }
    String getContent() { return content; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }

    long getVersion() {
        return version == null ? 0 : version;
    }

    boolean isByClient() {
        return byClient;
    }
}
