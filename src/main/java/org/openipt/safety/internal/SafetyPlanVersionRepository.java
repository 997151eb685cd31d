package org.openipt.safety.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Versions are added, never changed or removed. */
interface SafetyPlanVersionRepository extends Repository<SafetyPlanVersionRow, UUID> {

    SafetyPlanVersionRow save(SafetyPlanVersionRow version);

    List<SafetyPlanVersionRow> findByCourseIdOrderByNumberDesc(UUID courseId);

    Optional<SafetyPlanVersionRow> findByCourseIdAndNumber(UUID courseId, int number);

    @Query("select coalesce(max(number), 0) from safety_plan_version where course_id = :courseId")
    int currentNumber(@Param("courseId") UUID courseId);
}
