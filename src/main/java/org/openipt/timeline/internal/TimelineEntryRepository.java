package org.openipt.timeline.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What the timeline's three kinds of row are looked up by: their course, and their id within it. */
@NoRepositoryBean
interface TimelineEntryRepository<R> extends CrudRepository<R, UUID> {

    List<R> findByCourseId(UUID courseId);

    Optional<R> findByIdAndCourseId(UUID id, UUID courseId);
}
