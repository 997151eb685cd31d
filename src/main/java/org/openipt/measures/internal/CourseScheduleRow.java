package org.openipt.measures.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A course's own measurement schedule, stored once a clinician changed it; its entries are JSON (see
 * {@link ScheduleStore}). Version 0 is "not stored yet": saving it inserts version 1.
 */
@Table("measure_course_schedule")
record CourseScheduleRow(@Id UUID courseId, UUID organisationId, UUID clientId, String entries, Instant changedAt,
        @Version long version) {
}
