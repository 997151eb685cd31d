package org.openipt.course;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.openipt.caseload.ClientId;
import org.openipt.course.internal.CourseDatesQuery;
import org.openipt.identity.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of courses without a user, for other modules' rules, the caseload and jobs. Checks no access: a
 * caller shows the result only to someone it has checked (the caseload's own clients), or uses it for a job.
 * Bounded queries: three whatever the number of courses.
 */
@Service
@Transactional(readOnly = true)
public class CourseDatesService {

    private final CourseDatesQuery query;

    CourseDatesService(CourseDatesQuery query) {
        this.query = query;
    }

    public Optional<CourseDates> of(CourseId id) {
        return query.of(id.value());
    }

    /** Each client's latest course (as the caseload shows it), for clients of the organisation that have one. */
    public List<CourseDates> latestOfClients(OrganisationId organisation, Collection<ClientId> clients) {
        return query.latestOfClients(organisation.value(), clients.stream().map(ClientId::value).toList());
    }

    /** Whether the client still has an open course, and when their last course ended: for the retention of records. */
    public RecordEnd recordEnd(OrganisationId organisation, ClientId client) {
        return query.recordEnd(organisation.value(), client.value());
    }

    /** Every course that has begun (not merely referred), in every organisation. */
    public List<CourseDates> begun() {
        return query.begun();
    }
}
