package org.openipt.measures.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The answers a client has given so far to one questionnaire of their course (JSON: link id to answer code). */
@Table("questionnaire_draft")
class DraftRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final String instrumentId;
    private final @Nullable UUID sessionId;
    private final UUID submissionKey;
    private String answers;
    private final Instant startedAt;
    private Instant savedAt;
    @Version
    private @Nullable Long version;

    DraftRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, String instrumentId,
            @Nullable UUID sessionId, UUID submissionKey, String answers, Instant startedAt, Instant savedAt,
            @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.instrumentId = instrumentId;
        this.sessionId = sessionId;
        this.submissionKey = submissionKey;
        this.answers = answers;
        this.startedAt = startedAt;
        this.savedAt = savedAt;
        this.version = version;
    }

    void answers(String answers, Instant savedAt) {
        this.answers = answers;
        this.savedAt = savedAt;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    String getInstrumentId() { return instrumentId; }
    @Nullable UUID getSessionId() { return sessionId; }
    UUID getSubmissionKey() { return submissionKey; }
    String getAnswers() { return answers; }
    Instant getSavedAt() { return savedAt; }
}
