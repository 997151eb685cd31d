package org.openipt.measures.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface CourseScheduleRepository extends Repository<CourseScheduleRow, UUID> {

    CourseScheduleRow save(CourseScheduleRow schedule);

    Optional<CourseScheduleRow> findById(UUID courseId);

    void delete(CourseScheduleRow schedule);
}
