package org.openipt.course.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface ClientQuestionRepository extends CrudRepository<ClientQuestionRow, UUID> {

    Optional<ClientQuestionRow> findByCourseIdAndSubmissionKey(UUID courseId, UUID submissionKey);

    List<ClientQuestionRow> findByCourseIdAndBroughtToSessionIdIsNullOrderByAskedAt(UUID courseId);

    List<ClientQuestionRow> findByCourseIdAndBroughtToSessionIdOrderByAskedAt(UUID courseId, UUID sessionId);

    @Query("""
            select * from client_question where course_id = :courseId
            order by asked_at desc limit :limit""")
    List<ClientQuestionRow> newestOfCourse(@Param("courseId") UUID courseId, @Param("limit") int limit);
}
