package org.openipt.timeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.timeline.DiaryEntry;
import org.openipt.timeline.MoodDiaryEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One day of a client's mood and events diary; the words stay as the client wrote them. */
@Table("mood_diary_entry")
class DiaryRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final LocalDate entryDay;
    private final int rating;
    private final @Nullable String whatHappened;
    private final @Nullable String withWhom;
    private final Instant writtenAt;
    private final UUID submissionKey;
    private String status;
    private @Nullable UUID decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable UUID moodPointId;
    @Version
    private @Nullable Long version;

    DiaryRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, LocalDate entryDay, int rating,
            @Nullable String whatHappened, @Nullable String withWhom, Instant writtenAt, UUID submissionKey,
            String status, @Nullable UUID decidedBy, @Nullable Instant decidedAt, @Nullable UUID moodPointId,
            @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.entryDay = entryDay;
        this.rating = rating;
        this.whatHappened = whatHappened;
        this.withWhom = withWhom;
        this.writtenAt = writtenAt;
        this.submissionKey = submissionKey;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.moodPointId = moodPointId;
        this.version = version;
    }

    static DiaryRow written(CourseRecordOwner owner, MoodDiaryEntry entry, UUID submissionKey, Instant now) {
        return new DiaryRow(UUID.randomUUID(), owner.organisationId().value(), owner.courseId().value(),
                owner.clientId().value(), java.util.Objects.requireNonNull(entry.day()),
                java.util.Objects.requireNonNull(entry.rating()), entry.whatHappened(), entry.withWhom(), now,
                submissionKey, DiaryEntry.Status.SUGGESTED.name(), null, null, null, null);
    }

    void decide(DiaryEntry.Status decision, UUID by, Instant now, @Nullable UUID point, long expectedVersion) {
        this.status = decision.name();
        this.decidedBy = by;
        this.decidedAt = now;
        this.moodPointId = point;
        this.version = expectedVersion;
    }

    DiaryEntry entry() {
        return new DiaryEntry(id, entryDay, rating, whatHappened, withWhom, writtenAt,
                DiaryEntry.Status.valueOf(status), version == null ? 0 : version);
    }

    UUID getId() { return id; }
}
