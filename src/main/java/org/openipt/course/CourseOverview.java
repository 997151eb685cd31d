package org.openipt.course;

import java.util.Collection;
import java.util.Map;

import org.openipt.caseload.ClientId;
import org.openipt.course.internal.CourseStatusQuery;
import org.openipt.identity.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many clients' latest courses at once, for a page over a whole team (the supervisor's dashboard). The caller has
 * established that the user may read these clients and audits what it shows; this read writes no audit row.
 */
@Service
public class CourseOverview {

    private final CourseStatusQuery query;

    CourseOverview(CourseStatusQuery query) {
        this.query = query;
    }

    @Transactional(readOnly = true)
    public Map<ClientId, LatestCourse> latestCourses(OrganisationId organisation, Collection<ClientId> clients) {
        return query.latestOf(organisation, clients);
    }
}
