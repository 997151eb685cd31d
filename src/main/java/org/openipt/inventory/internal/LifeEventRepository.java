package org.openipt.inventory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface LifeEventRepository extends CrudRepository<LifeEventRow, UUID> {

    List<LifeEventRow> findByCourseId(UUID courseId);

    Optional<LifeEventRow> findByIdAndCourseId(UUID id, UUID courseId);

    @Query("select count(*) from life_event where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
