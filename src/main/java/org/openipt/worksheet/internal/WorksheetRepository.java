package org.openipt.worksheet.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface WorksheetRepository extends CrudRepository<WorksheetRow, UUID> {

    Optional<WorksheetRow> findByIdAndCourseId(UUID id, UUID courseId);

    Optional<WorksheetRow> findByCourseIdAndSubmissionKey(UUID courseId, UUID submissionKey);

    long countByCourseId(UUID courseId);

    List<WorksheetRow> findByCourseIdAndByClientTrueOrderByCreatedAtDesc(UUID courseId);

    List<WorksheetRow> findByCourseIdAndTypeOrderByCreatedAtDesc(UUID courseId, String type);

    List<WorksheetRow> findByCourseIdAndByClientFalseAndTypeInOrderByCreatedAtDesc(UUID courseId,
            java.util.Collection<String> types);

    @Query("""
            select * from worksheet where course_id = :courseId
            order by type, created_at desc, id
            limit :limit offset :offset""")
    List<WorksheetRow> pageOfCourse(@Param("courseId") UUID courseId, @Param("limit") int limit,
            @Param("offset") long offset);
}
