package org.openipt.timeline.internal;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface LifeEventRepository extends TimelineEntryRepository<LifeEventRow> {

    @Query("select count(*) from life_event where course_id = :courseId")
    long countByCourse(@Param("courseId") UUID courseId);
}
