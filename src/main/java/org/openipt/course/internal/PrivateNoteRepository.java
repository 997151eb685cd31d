package org.openipt.course.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface PrivateNoteRepository extends Repository<PrivateNoteRow, UUID> {

    PrivateNoteRow save(PrivateNoteRow note);

    Optional<PrivateNoteRow> findBySessionIdAndCourseId(UUID sessionId, UUID courseId);

    void deleteById(UUID sessionId);
}
