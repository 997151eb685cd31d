package org.openipt.course.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface CourseRepository extends CrudRepository<Course, UUID> {

    List<Course> findByClientIdOrderByCreatedAtDesc(UUID clientId);

    List<Course> findByOrganisationIdAndClientIdIn(UUID organisationId, Collection<UUID> clientIds);
}
