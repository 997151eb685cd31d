package org.openipt.course.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionParticipants;
import org.openipt.course.Technique;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One appointment of a course: planned, held or missed, with who took part, what was said about the week and the
 * mood, and what the session worked on. The private psychotherapy note is kept apart ({@link CourseStore}).
 */
@Table("course_session")
public class CourseSession {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private Instant scheduledAt;
    private SessionMode mode;
    private Attendance attendance;
    private @Nullable String intervalHistory;
    private @Nullable Integer moodRating;
    private @Nullable String notes;
    private SessionParticipants participants;
    private @Nullable String caregiver;
    private @Nullable UUID focalAreaId;
    @MappedCollection(idColumn = "session_id")
    private Set<SessionTechniqueRow> techniques;
    private boolean moodLinkedToEvents;
    private boolean sessionsLeftNamed;
    private final Instant createdAt;
    private final @Nullable UUID submissionKey;
    @Version
    private @Nullable Long version;

    CourseSession(UUID id, UUID organisationId, UUID courseId, Instant scheduledAt, SessionMode mode,
            Attendance attendance, @Nullable String intervalHistory, @Nullable Integer moodRating,
            @Nullable String notes, SessionParticipants participants, @Nullable String caregiver,
            @Nullable UUID focalAreaId, Set<SessionTechniqueRow> techniques, boolean moodLinkedToEvents,
            boolean sessionsLeftNamed, Instant createdAt, @Nullable UUID submissionKey, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.scheduledAt = scheduledAt;
        this.mode = mode;
        this.attendance = attendance;
        this.intervalHistory = intervalHistory;
        this.moodRating = moodRating;
        this.notes = notes;
        this.participants = participants;
        this.caregiver = caregiver;
        this.focalAreaId = focalAreaId;
        this.techniques = new HashSet<>(techniques);
        this.moodLinkedToEvents = moodLinkedToEvents;
        this.sessionsLeftNamed = sessionsLeftNamed;
        this.createdAt = createdAt;
        this.submissionKey = submissionKey;
        this.version = version;
    }

    static CourseSession of(UUID organisationId, UUID courseId, SessionEntry entry, Instant scheduledAt, Instant now,
            @Nullable UUID submissionKey) {
        CourseSession session = new CourseSession(UUID.randomUUID(), organisationId, courseId, scheduledAt,
                entry.mode(), entry.attendance(), null, null, null, SessionParticipants.CLIENT, null, null, Set.of(), false,
                false, now, submissionKey, null);
        session.record(entry, scheduledAt);
        return session;
    }

    void record(SessionEntry entry, Instant scheduledAt) {
        this.scheduledAt = scheduledAt;
        this.mode = entry.mode();
        this.attendance = entry.attendance();
        this.intervalHistory = Text.clean(entry.intervalHistory());
        this.moodRating = entry.moodRating();
        this.notes = Text.clean(entry.notes());
        this.participants = entry.participants();
        this.caregiver = entry.participants().includesCaregiver() ? Text.clean(entry.caregiver()) : null;
        this.focalAreaId = entry.focalAreaId();
        this.techniques = new HashSet<>(entry.techniques().stream().map(SessionTechniqueRow::new).toList());
        this.moodLinkedToEvents = entry.moodLinkedToEvents();
        this.sessionsLeftNamed = entry.sessionsLeftNamed();
    }

    void expectVersion(long version) {
        this.version = version;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    Instant getScheduledAt() { return scheduledAt; }
    SessionMode getMode() { return mode; }
    Attendance getAttendance() { return attendance; }
    @Nullable String getIntervalHistory() { return intervalHistory; }
    @Nullable Integer getMoodRating() { return moodRating; }
    @Nullable String getNotes() { return notes; }
    SessionParticipants getParticipants() { return participants; }
    @Nullable String getCaregiver() { return caregiver; }
    @Nullable UUID getFocalAreaId() { return focalAreaId; }
    boolean isMoodLinkedToEvents() { return moodLinkedToEvents; }
    boolean isSessionsLeftNamed() { return sessionsLeftNamed; }

    /** The techniques in the catalogue's order. */
    List<Technique> techniques() {
        Set<Technique> used = EnumSet.noneOf(Technique.class);
        techniques.forEach(row -> used.add(row.technique()));
        return List.copyOf(used);
    }
    long getVersion() { return version == null ? 0 : version; }
}
