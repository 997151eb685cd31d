package org.openipt.timeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodSeverity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One mood episode on a course's timeline. */
@Table("mood_episode")
class MoodEpisodeRow implements TimelineEntryRow<MoodEpisodeEntry> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private LocalDate startedOn;
    private DatePrecision startPrecision;
    private @Nullable LocalDate endedOn;
    private @Nullable DatePrecision endPrecision;
    private MoodSeverity severity;
    private boolean currentEpisode;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    MoodEpisodeRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, LocalDate startedOn,
            DatePrecision startPrecision, @Nullable LocalDate endedOn, @Nullable DatePrecision endPrecision,
            MoodSeverity severity, boolean currentEpisode, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.startedOn = startedOn;
        this.startPrecision = startPrecision;
        this.endedOn = endedOn;
        this.endPrecision = endPrecision;
        this.severity = severity;
        this.currentEpisode = currentEpisode;
        this.createdAt = createdAt;
        this.version = version;
    }

    static MoodEpisodeRow of(UUID id, CourseRecordOwner owner, MoodEpisodeEntry entry, Instant now) {
        MoodEpisodeRow row = new MoodEpisodeRow(id, owner.organisationId().value(),
                owner.courseId().value(), owner.clientId().value(), entry.start().date(), entry.start().precision(),
                null, null, entry.severity(), entry.current(), now, null);
        row.record(entry);
        return row;
    }

    @Override
    public void record(MoodEpisodeEntry entry) {
        this.startedOn = entry.start().date();
        this.startPrecision = entry.start().precision();
        ApproximateDate end = entry.end();
        this.endedOn = end == null ? null : end.date();
        this.endPrecision = end == null ? null : end.precision();
        this.severity = entry.severity();
        this.currentEpisode = entry.current();
    }

    MoodEpisodeEntry entry() {
        return new MoodEpisodeEntry(new ApproximateDate(startedOn, startPrecision),
                endedOn == null || endPrecision == null ? null : new ApproximateDate(endedOn, endPrecision),
                severity, currentEpisode);
    }

    @Override
    public void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    long getVersion() { return version == null ? 0 : version; }
}
