package org.openipt.course.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openipt.caseload.ClientId;
import org.openipt.caseload.ClientStatus;
import org.openipt.caseload.ClientStatusProvider;
import org.openipt.course.CourseId;
import org.openipt.course.LatestCourse;
import org.openipt.course.Phase;
import org.openipt.identity.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each client's latest course for the caseload list, in one query whatever the page size: phase, sessions held,
 * contracted sessions and the next planned session.
 */
@Component
public class CourseStatusQuery implements ClientStatusProvider {

    private static final String LATEST_COURSES = """
            select c.id, c.client_id, c.phase, c.contracted_sessions,
                   (select count(*) from course_session s
                     where s.course_id = c.id and s.attendance = 'ATTENDED') as held,
                   (select min(s.scheduled_at) from course_session s
                     where s.course_id = c.id and s.attendance = 'SCHEDULED' and s.scheduled_at > :now) as next_session
              from course c
             where c.organisation_id = :organisation and c.client_id in (:clients)
               and not exists (select 1 from course later
                                where later.client_id = c.client_id and later.created_at > c.created_at)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseStatusQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<ClientId, ClientStatus> statusOf(OrganisationId organisation, Collection<ClientId> clients) {
        Map<ClientId, ClientStatus> statuses = new HashMap<>();
        latestOf(organisation, clients).forEach((client, course) -> statuses.put(client, new ClientStatus(
                course.phase().name(), course.sessionsHeld(), course.contractedSessions(), course.nextSession())));
        return statuses;
    }

    /** Each client's latest course, in one query whatever the number of clients; clients without one left out. */
    public Map<ClientId, LatestCourse> latestOf(OrganisationId organisation, Collection<ClientId> clients) {
        Map<ClientId, LatestCourse> latest = new HashMap<>();
        if (clients.isEmpty()) {
            return latest;
        }
        List<UUID> ids = clients.stream().map(ClientId::value).toList();
        jdbc.sql(LATEST_COURSES).param("organisation", organisation.value()).param("clients", ids)
                .param("now", Timestamp.from(clock.instant())).query((rs, row) -> {
                    Timestamp next = rs.getTimestamp("next_session");
                    latest.put(new ClientId(rs.getObject("client_id", UUID.class)), new LatestCourse(
                            new CourseId(rs.getObject("id", UUID.class)), Phase.valueOf(rs.getString("phase")),
                            rs.getInt("held"), rs.getInt("contracted_sessions"),
                            next == null ? null : next.toInstant()));
                    return null;
                }).list();
        return latest;
    }
}
