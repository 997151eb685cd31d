package org.openipt.course.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The private psychotherapy note of one session, kept apart from the session's record. It is written with the
 * session (whose version guards both) and replaced whole: the old note is removed and the new one inserted.
 */
@Table("course_session_private_note")
class PrivateNoteRow implements Persistable<UUID> {

    @Id
    private final UUID sessionId;
    private final UUID organisationId;
    private final UUID courseId;
    private final String note;
    private final Instant writtenAt;
    @Transient
    private final boolean isNew;

    @PersistenceCreator
    PrivateNoteRow(UUID sessionId, UUID organisationId, UUID courseId, String note, Instant writtenAt) {
        this(sessionId, organisationId, courseId, note, writtenAt, false);
    }

    private PrivateNoteRow(UUID sessionId, UUID organisationId, UUID courseId, String note, Instant writtenAt,
            boolean isNew) {
        this.sessionId = sessionId;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.note = note;
        this.writtenAt = writtenAt;
        this.isNew = isNew;
    }

    static PrivateNoteRow written(UUID sessionId, UUID organisationId, UUID courseId, String note, Instant now) {
        return new PrivateNoteRow(sessionId, organisationId, courseId, note, now, true);
    }

    @Override
    public UUID getId() { return sessionId; }
    @Override
    public boolean isNew() { return isNew; }
    String getNote() { return note; }
}
