package org.openipt.timeline.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface DiaryRepository extends CrudRepository<DiaryRow, UUID> {

    Optional<DiaryRow> findByIdAndCourseId(UUID id, UUID courseId);

    Optional<DiaryRow> findByCourseIdAndSubmissionKey(UUID courseId, UUID submissionKey);

    @Query("""
            select * from mood_diary_entry where course_id = :courseId
            order by entry_day desc, written_at desc limit :limit""")
    List<DiaryRow> newestOfCourse(@Param("courseId") UUID courseId, @Param("limit") int limit);

    @Query("""
            select * from mood_diary_entry where course_id = :courseId and status = 'SUGGESTED'
            order by entry_day, written_at""")
    List<DiaryRow> suggestionsOfCourse(@Param("courseId") UUID courseId);
}
