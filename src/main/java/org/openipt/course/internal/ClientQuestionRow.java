package org.openipt.course.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.ClientQuestion;
import org.openipt.course.ClientQuestion.Topic;
import org.openipt.course.SessionId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A question of the client for their next session. */
@Table("client_question")
public class ClientQuestionRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final String topic;
    private final String question;
    private final Instant askedAt;
    private final UUID submissionKey;
    private @Nullable UUID broughtToSessionId;
    @Version
    private @Nullable Long version;

    ClientQuestionRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, String topic, String question,
            Instant askedAt, UUID submissionKey, @Nullable UUID broughtToSessionId, @Nullable Long version) {
        this.topic = topic;
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.question = question;
        this.askedAt = askedAt;
        this.submissionKey = submissionKey;
        this.broughtToSessionId = broughtToSessionId;
        this.version = version;
    }

    public static ClientQuestionRow asked(UUID organisationId, UUID courseId, UUID clientId, Topic topic,
            String question, UUID submissionKey, Instant now) {
        return new ClientQuestionRow(UUID.randomUUID(), organisationId, courseId, clientId, topic.name(), question,
                now, submissionKey, null, null);
    }

    public void broughtTo(UUID session) {
        this.broughtToSessionId = session;
    }

    public UUID getId() { return id; }

    public ClientQuestion question() {
        return new ClientQuestion(id, Topic.valueOf(topic), question, askedAt,
                broughtToSessionId == null ? null : new SessionId(broughtToSessionId));
    }
}
