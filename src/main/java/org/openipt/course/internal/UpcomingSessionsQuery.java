package org.openipt.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.Phase;
import org.openipt.course.SessionMode;
import org.openipt.course.UpcomingSession;
import org.openipt.identity.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sessions booked in a time window in every running course, in one query (indexed by the booked time). */
@Component
public class UpcomingSessionsQuery {

    private static final String BOOKED_BETWEEN = """
            select s.organisation_id, c.client_id, s.course_id, s.scheduled_at, s.mode
              from course_session s join course c on c.id = s.course_id
             where s.attendance = 'SCHEDULED' and s.scheduled_at >= :from and s.scheduled_at < :to
               and c.phase in (:open)
             order by s.scheduled_at
            """;

    private final JdbcClient jdbc;

    UpcomingSessionsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UpcomingSession> bookedBetween(Instant from, Instant to) {
        List<String> open = java.util.Arrays.stream(Phase.values()).filter(Phase::isOpen).map(Phase::name).toList();
        return jdbc.sql(BOOKED_BETWEEN).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("open", open)
                .query((rs, row) -> new UpcomingSession(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        new ClientId(rs.getObject("client_id", UUID.class)),
                        new CourseId(rs.getObject("course_id", UUID.class)),
                        rs.getTimestamp("scheduled_at").toInstant(), SessionMode.valueOf(rs.getString("mode"))))
                .list();
    }
}
