package org.openipt.referral.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.referral.ReferralFormat;
import org.openipt.referral.ReferralId;
import org.openipt.referral.ReferralStatus;
import org.openipt.referral.SelfReferral;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A self-referral and the triage decision about it. */
@Table("self_referral")
class ReferralRow {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final Instant receivedAt;
    private final UUID submissionKey;
    private final String name;
    private final String contact;
    private final @Nullable String reason;
    private final String language;
    private final String preferredFormat;
    private final String phq9Answers;
    private final String gad7Answers;
    private final @Nullable Integer phq9Total;
    private final @Nullable Integer gad7Total;
    private final boolean urgent;
    private final UUID consentDocumentId;
    private String status;
    private @Nullable UUID decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionReason;
    private @Nullable UUID clientId;
    private @Nullable UUID courseId;
    @Version
    private @Nullable Long version;

    ReferralRow(UUID id, UUID organisationId, Instant receivedAt, UUID submissionKey, String name, String contact,
            @Nullable String reason, String language, String preferredFormat, String phq9Answers, String gad7Answers,
            @Nullable Integer phq9Total, @Nullable Integer gad7Total, boolean urgent, UUID consentDocumentId,
            String status, @Nullable UUID decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason,
            @Nullable UUID clientId, @Nullable UUID courseId, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.receivedAt = receivedAt;
        this.submissionKey = submissionKey;
        this.name = name;
        this.contact = contact;
        this.reason = reason;
        this.language = language;
        this.preferredFormat = preferredFormat;
        this.phq9Answers = phq9Answers;
        this.gad7Answers = gad7Answers;
        this.phq9Total = phq9Total;
        this.gad7Total = gad7Total;
        this.urgent = urgent;
        this.consentDocumentId = consentDocumentId;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionReason = decisionReason;
        this.clientId = clientId;
        this.courseId = courseId;
        this.version = version;
    }

    static String answers(java.util.Map<String, String> answers) {
        return JSON.writeValueAsString(answers);
    }

    void decide(ReferralStatus decision, UUID by, Instant now, @Nullable String why, @Nullable UUID client,
            @Nullable UUID course, long expectedVersion) {
        this.status = decision.name();
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = why;
        this.clientId = client;
        this.courseId = course;
        this.version = expectedVersion;
    }

    UUID getId() { return id; }

    SelfReferral referral() {
        return new SelfReferral(new ReferralId(id), receivedAt, name, contact, reason, language,
                ReferralFormat.valueOf(preferredFormat), JSON.readValue(phq9Answers, ANSWERS),
                JSON.readValue(gad7Answers, ANSWERS), phq9Total, gad7Total, urgent, ReferralStatus.valueOf(status),
                decisionReason, decidedAt, clientId == null ? null : new ClientId(clientId),
                courseId == null ? null : new CourseId(courseId), version == null ? 0 : version);
    }
}
