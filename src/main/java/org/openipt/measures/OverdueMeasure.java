package org.openipt.measures;

import java.time.LocalDate;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.identity.OrganisationId;

/**
 * A measure whose occasion has passed its grace period without a response, for reminders to staff. No clinical
 * text: the instrument's id (e.g. {@code phq-9}) and the occasion's key ({@code BASELINE}, {@code SESSION_5}, see
 * {@link Occasion#key()}).
 */
public record OverdueMeasure(OrganisationId organisationId, CourseId courseId, ClientId clientId, String instrumentId,
        String occasionKey, LocalDate dueOn) {
}
