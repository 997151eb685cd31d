package org.openipt.timeline.internal;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface MoodPointRepository extends TimelineEntryRepository<MoodPointRow> {

    @Query("select count(*) from mood_point where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
