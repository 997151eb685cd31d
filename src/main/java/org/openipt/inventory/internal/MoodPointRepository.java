package org.openipt.inventory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface MoodPointRepository extends CrudRepository<MoodPointRow, UUID> {

    List<MoodPointRow> findByCourseId(UUID courseId);

    Optional<MoodPointRow> findByIdAndCourseId(UUID id, UUID courseId);

    @Query("select count(*) from mood_point where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
