package org.openipt.timeline.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.timeline.DiaryEntry;
import org.openipt.timeline.MoodDiaryEntry;
import org.springframework.stereotype.Component;

/** Storage of the clients' mood and events diaries. */
@Component
public class DiaryStore {

    private final DiaryRepository rows;

    DiaryStore(DiaryRepository rows) {
        this.rows = rows;
    }

    /** The entry an earlier submission with this key stored, if any. */
    public Optional<UUID> written(UUID courseId, UUID submissionKey) {
        return rows.findByCourseIdAndSubmissionKey(courseId, submissionKey).map(DiaryRow::getId);
    }

    public UUID write(CourseRecordOwner owner, MoodDiaryEntry entry, UUID submissionKey, Instant now) {
        return rows.save(DiaryRow.written(owner, entry, submissionKey, now)).getId();
    }

    public List<DiaryEntry> newest(UUID courseId, int limit) {
        return rows.newestOfCourse(courseId, limit).stream().map(DiaryRow::entry).toList();
    }

    public List<DiaryEntry> suggestions(UUID courseId) {
        return rows.suggestionsOfCourse(courseId).stream().map(DiaryRow::entry).toList();
    }

    public DiaryEntry entry(UUID courseId, UUID id) {
        return rows.findByIdAndCourseId(id, courseId).map(DiaryRow::entry)
                .orElseThrow(() -> new NotFoundException("diaryEntry"));
    }

    public void decide(UUID courseId, UUID id, DiaryEntry.Status decision, UUID by, Instant now,
            @Nullable UUID moodPoint, long expectedVersion) {
        DiaryRow row = rows.findByIdAndCourseId(id, courseId).orElseThrow(() -> new NotFoundException("diaryEntry"));
        row.decide(decision, by, now, moodPoint, expectedVersion);
        Conflicts.savedOrConflict("the diary entry", () -> rows.save(row));
    }
}
