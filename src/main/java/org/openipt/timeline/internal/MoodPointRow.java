package org.openipt.timeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.MoodPointEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One mood rating on a course's timeline. */
@Table("mood_point")
class MoodPointRow implements TimelineEntryRow<MoodPointEntry> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private LocalDate ratedOn;
    private DatePrecision datePrecision;
    private int rating;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    MoodPointRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, LocalDate ratedOn,
            DatePrecision datePrecision, int rating, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.ratedOn = ratedOn;
        this.datePrecision = datePrecision;
        this.rating = rating;
        this.createdAt = createdAt;
        this.version = version;
    }

    static MoodPointRow of(UUID id, CourseRecordOwner owner, MoodPointEntry entry, Instant now) {
        return new MoodPointRow(id, owner.organisationId().value(), owner.courseId().value(),
                owner.clientId().value(), entry.when().date(), entry.when().precision(), entry.rating(), now, null);
    }

    @Override
    public void record(MoodPointEntry entry) {
        this.ratedOn = entry.when().date();
        this.datePrecision = entry.when().precision();
        this.rating = entry.rating();
    }

    MoodPointEntry entry() {
        return new MoodPointEntry(new ApproximateDate(ratedOn, datePrecision), rating);
    }

    @Override
    public void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    long getVersion() { return version == null ? 0 : version; }
}
