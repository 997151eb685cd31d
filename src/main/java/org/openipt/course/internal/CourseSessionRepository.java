package org.openipt.course.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface CourseSessionRepository extends CrudRepository<CourseSession, UUID> {

    List<CourseSession> findByCourseIdOrderByScheduledAt(UUID courseId);

    @Query("select id from course_session where course_id = :courseId and submission_key = :submissionKey")
    java.util.Optional<UUID> findIdBySubmission(@Param("courseId") UUID courseId,
            @Param("submissionKey") UUID submissionKey);

    /** The contracted sessions held, as {@link org.openipt.course.SessionRules#countsTowardsContract} counts them. */
    @Query("select count(*) from course_session where course_id = :courseId and attendance = 'ATTENDED'"
            + " and participants <> 'CAREGIVER_WITHOUT_CLIENT'")
    int countHeld(@Param("courseId") UUID courseId);
}
