package org.openipt.timeline.internal;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface MoodEpisodeRepository extends TimelineEntryRepository<MoodEpisodeRow> {

    @Query("select count(*) from mood_episode where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
