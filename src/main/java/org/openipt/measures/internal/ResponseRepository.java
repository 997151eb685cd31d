package org.openipt.measures.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface ResponseRepository extends CrudRepository<ResponseRow, UUID> {

    Optional<ResponseRow> findByIdAndCourseId(UUID id, UUID courseId);

    Optional<ResponseRow> findByCourseIdAndSubmissionKey(UUID courseId, UUID submissionKey);

    long countByCourseId(UUID courseId);

    List<ResponseRow> findByCourseIdOrderByAdministeredAtAscEnteredAtAsc(UUID courseId);

    List<ResponseRow> findByCourseIdInAndInstrumentIdOrderByAdministeredAtAscEnteredAtAsc(
            java.util.Collection<UUID> courseIds, String instrumentId);

    @Query("""
            select * from measure_response where course_id = :courseId
            order by administered_at desc, entered_at desc, id
            limit :limit offset :offset""")
    List<ResponseRow> pageOfCourse(@Param("courseId") UUID courseId, @Param("limit") int limit,
            @Param("offset") long offset);

    /** The latest complete response of each instrument the course used. */
    @Query("""
            select * from measure_response r where r.course_id = :courseId and r.complete = true
            and not exists (select 1 from measure_response n where n.course_id = r.course_id
                and n.instrument_id = r.instrument_id and n.complete = true
                and (n.administered_at > r.administered_at
                     or (n.administered_at = r.administered_at and n.entered_at > r.entered_at)))
            order by r.instrument_id""")
    List<ResponseRow> latestCompleteOfCourse(@Param("courseId") UUID courseId);
}
