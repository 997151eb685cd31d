package org.openipt.measures.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A stored response; never changed once written (the version column guards against a later edit feature). */
@Table("measure_response")
class ResponseRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final @Nullable UUID sessionId;
    private final String instrumentId;
    private final String instrumentCanonical;
    private final String instrumentVersion;
    private final String answers;
    private final String itemScores;
    private final @Nullable Integer total;
    private final @Nullable String bandCode;
    private final boolean complete;
    private final boolean risk;
    private final UUID enteredBy;
    private final Instant administeredAt;
    private final Instant enteredAt;
    private final UUID submissionKey;
    private final boolean byClient;
    @Version
    private @Nullable Long version;

    ResponseRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, @Nullable UUID sessionId,
            String instrumentId, String instrumentCanonical, String instrumentVersion, String answers,
            String itemScores, @Nullable Integer total, @Nullable String bandCode, boolean complete, boolean risk,
            UUID enteredBy, Instant administeredAt, Instant enteredAt, UUID submissionKey, boolean byClient, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.sessionId = sessionId;
        this.instrumentId = instrumentId;
        this.instrumentCanonical = instrumentCanonical;
        this.instrumentVersion = instrumentVersion;
        this.answers = answers;
        this.itemScores = itemScores;
        this.total = total;
        this.bandCode = bandCode;
        this.complete = complete;
        this.risk = risk;
        this.enteredBy = enteredBy;
        this.administeredAt = administeredAt;
        this.enteredAt = enteredAt;
        this.submissionKey = submissionKey;
        this.byClient = byClient;
        this.version = version;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    UUID getClientId() { return clientId; }
    @Nullable UUID getSessionId() { return sessionId; }
    String getInstrumentId() { return instrumentId; }
    String getInstrumentVersion() { return instrumentVersion; }
    String getAnswers() { return answers; }
    @Nullable Integer getTotal() { return total; }
    @Nullable String getBandCode() { return bandCode; }
    boolean isComplete() { return complete; }
    boolean isRisk() { return risk; }
    UUID getEnteredBy() { return enteredBy; }
    Instant getAdministeredAt() { return administeredAt; }
    Instant getEnteredAt() { return enteredAt; }
    boolean isByClient() { return byClient; }
}
