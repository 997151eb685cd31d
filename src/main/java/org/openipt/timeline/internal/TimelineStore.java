package org.openipt.timeline.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.course.CourseRecordOwner;
import org.openipt.timeline.LifeEvent;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventId;
import org.openipt.timeline.MoodEpisode;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodEpisodeId;
import org.openipt.timeline.MoodPoint;
import org.openipt.timeline.MoodPointEntry;
import org.openipt.timeline.MoodPointId;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Storage behind {@link org.openipt.timeline.TimelineService}: life events, mood episodes and mood ratings of a
 * course, always looked up together with their course so that an id of another course is not found. A change or a
 * removal names the version it was read at; a stale one is an optimistic-locking conflict.
 */
@Component
public class TimelineStore {

    private final LifeEventRepository events;
    private final MoodEpisodeRepository episodes;
    private final MoodPointRepository points;

    TimelineStore(LifeEventRepository events, MoodEpisodeRepository episodes, MoodPointRepository points) {
        this.events = events;
        this.episodes = episodes;
        this.points = points;
    }

    public List<LifeEvent> events(UUID courseId) {
        return events.findByCourseId(courseId).stream().map(TimelineStore::view).toList();
    }

    public Optional<LifeEvent> event(UUID courseId, UUID id) {
        return events.findByIdAndCourseId(id, courseId).map(TimelineStore::view);
    }

    public long countEvents(UUID courseId) {
        return events.countByCourse(courseId);
    }

    /** Adds the entry under the id given (the form's submission key), once: false if the course has it already. */
    public boolean addEvent(UUID id, CourseRecordOwner owner, LifeEventEntry entry, Instant now) {
        if (events.findByIdAndCourseId(id, owner.courseId().value()).isPresent()) {
            return false;
        }
        events.save(LifeEventRow.of(id, owner, entry, now));
        return true;
    }

    public void changeEvent(UUID courseId, UUID id, long expectedVersion, LifeEventEntry entry) {
        change(events, courseId, id, expectedVersion, entry, "event");
    }

    public void removeEvent(UUID courseId, UUID id, long expectedVersion) {
        events.delete(current(events, courseId, id, expectedVersion, "event"));
    }

    public List<MoodEpisode> episodes(UUID courseId) {
        return episodes.findByCourseId(courseId).stream().map(TimelineStore::view).toList();
    }

    public Optional<MoodEpisode> episode(UUID courseId, UUID id) {
        return episodes.findByIdAndCourseId(id, courseId).map(TimelineStore::view);
    }

    public long countEpisodes(UUID courseId) {
        return episodes.countByCourse(courseId);
    }

    public boolean addEpisode(UUID id, CourseRecordOwner owner, MoodEpisodeEntry entry, Instant now) {
        if (episodes.findByIdAndCourseId(id, owner.courseId().value()).isPresent()) {
            return false;
        }
        episodes.save(MoodEpisodeRow.of(id, owner, entry, now));
        return true;
    }

    public void changeEpisode(UUID courseId, UUID id, long expectedVersion, MoodEpisodeEntry entry) {
        change(episodes, courseId, id, expectedVersion, entry, "episode");
    }

    public void removeEpisode(UUID courseId, UUID id, long expectedVersion) {
        episodes.delete(current(episodes, courseId, id, expectedVersion, "episode"));
    }

    public List<MoodPoint> points(UUID courseId) {
        return points.findByCourseId(courseId).stream().map(TimelineStore::view).toList();
    }

    public Optional<MoodPoint> point(UUID courseId, UUID id) {
        return points.findByIdAndCourseId(id, courseId).map(TimelineStore::view);
    }

    public long countPoints(UUID courseId) {
        return points.countByCourse(courseId);
    }

    public boolean addPoint(UUID id, CourseRecordOwner owner, MoodPointEntry entry, Instant now) {
        if (points.findByIdAndCourseId(id, owner.courseId().value()).isPresent()) {
            return false;
        }
        points.save(MoodPointRow.of(id, owner, entry, now));
        return true;
    }

    public void changePoint(UUID courseId, UUID id, long expectedVersion, MoodPointEntry entry) {
        change(points, courseId, id, expectedVersion, entry, "point");
    }

    public void removePoint(UUID courseId, UUID id, long expectedVersion) {
        points.delete(current(points, courseId, id, expectedVersion, "point"));
    }

    private static <E, R extends TimelineEntryRow<E>> void change(TimelineEntryRepository<R> rows, UUID courseId,
            UUID id, long expectedVersion, E entry, String kind) {
        R row = current(rows, courseId, id, expectedVersion, kind);
        row.record(entry);
        rows.save(row);
    }

    /** The course's entry, if it is still the version the user read (else the save fails as a conflict). */
    private static <R extends TimelineEntryRow<?>> R current(TimelineEntryRepository<R> rows, UUID courseId, UUID id,
            long expectedVersion, String kind) {
        R row = rows.findByIdAndCourseId(id, courseId).orElseThrow(() -> new NotFoundException(kind));
        row.expectVersion(expectedVersion);
        return row;
    }

    private static LifeEvent view(LifeEventRow row) {
        return new LifeEvent(new LifeEventId(row.getId()), row.entry(), row.getVersion());
    }

    private static MoodEpisode view(MoodEpisodeRow row) {
        return new MoodEpisode(new MoodEpisodeId(row.getId()), row.entry(), row.getVersion());
    }

    private static MoodPoint view(MoodPointRow row) {
        return new MoodPoint(new MoodPointId(row.getId()), row.entry(), row.getVersion());
    }
}
