package org.openipt.inventory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface MoodEpisodeRepository extends CrudRepository<MoodEpisodeRow, UUID> {

    List<MoodEpisodeRow> findByCourseId(UUID courseId);

    Optional<MoodEpisodeRow> findByIdAndCourseId(UUID id, UUID courseId);

    @Query("select count(*) from mood_episode where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
