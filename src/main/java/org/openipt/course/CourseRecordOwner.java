package org.openipt.course;

import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;

/** Whose a record about a course is: every such row carries its organisation, its course and its client. */
public record CourseRecordOwner(OrganisationId organisationId, CourseId courseId, ClientId clientId) {
}
