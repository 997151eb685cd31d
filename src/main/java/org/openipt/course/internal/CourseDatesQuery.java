package org.openipt.course.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.CourseDates;
import org.openipt.course.CourseDates.HeldSession;
import org.openipt.course.Phase;
import org.openipt.course.RecordEnd;
import org.openipt.course.PhaseStart;
import org.openipt.course.SessionId;
import org.openipt.identity.OrganisationId;
import org.openipt.protocol.ProtocolId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Courses, their sessions held and their phase history, in three queries (chunked), for {@link org.openipt.course.CourseDatesService}. */
@Component
public class CourseDatesQuery {

    private static final String COLUMNS = """
            select c.id, c.organisation_id, c.client_id, c.protocol_id, c.phase, c.contracted_sessions, c.start_date,
                   c.exit_date from course c
            """;
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CourseDatesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CourseDates> of(UUID courseId) {
        return withSessions(jdbc.sql(COLUMNS + " where c.id = :id").param("id", courseId).query(this::row).list())
                .stream().findFirst();
    }

    /**
     * A client's courses: open or not, and the day each ended (the day it entered its ending phase, else its exit date,
     * else the day it was opened).
     */
    public RecordEnd recordEnd(UUID organisationId, UUID clientId) {
        boolean open = false;
        LocalDate lastEnded = null;
        for (Map.Entry<String, LocalDate> course : jdbc.sql("""
                select c.phase,
                       coalesce((select max(e.entered_on) from course_phase_entered e where e.course_id = c.id),
                                c.exit_date, cast(c.created_at as date))
                from course c where c.organisation_id = :organisation and c.client_id = :client
                """).param("organisation", organisationId).param("client", clientId)
                .query((row, n) -> Map.entry(row.getString(1), row.getObject(2, LocalDate.class))).list()) {
            if (Phase.valueOf(course.getKey()).isOpen()) {
                open = true;
            }
            else if (lastEnded == null || course.getValue().isAfter(lastEnded)) {
                lastEnded = course.getValue();
            }
        }
        return new RecordEnd(open, lastEnded);
    }

    public List<CourseDates> latestOfClients(UUID organisationId, List<UUID> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < clients.size(); from += CHUNK) {
            rows.addAll(jdbc.sql(COLUMNS + """
                     where c.organisation_id = :organisation and c.client_id in (:clients)
                       and not exists (select 1 from course later
                                        where later.client_id = c.client_id and later.created_at > c.created_at)
                    """).param("organisation", organisationId)
                    .param("clients", clients.subList(from, Math.min(clients.size(), from + CHUNK)))
                    .query(this::row).list());
        }
        return withSessions(rows);
    }

    public List<CourseDates> begun() {
        return withSessions(jdbc.sql(COLUMNS + " where c.phase <> 'REFERRED' order by c.organisation_id, c.created_at")
                .query(this::row).list());
    }

    private record Row(UUID id, UUID organisationId, UUID clientId, UUID protocolId, Phase phase, int contracted,
            LocalDate startDate, @org.jspecify.annotations.Nullable LocalDate exitDate) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        java.sql.Date exit = rs.getDate("exit_date");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getObject("protocol_id", UUID.class),
                Phase.valueOf(rs.getString("phase")), rs.getInt("contracted_sessions"),
                rs.getDate("start_date").toLocalDate(), exit == null ? null : exit.toLocalDate());
    }

    private List<CourseDates> withSessions(List<Row> rows) {
        Map<UUID, List<HeldSession>> held = new HashMap<>();
        List<UUID> ids = rows.stream().map(Row::id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("""
                    select id, course_id, scheduled_at from course_session
                     where course_id in (:courses) and attendance = 'ATTENDED'
                       and participants <> 'CAREGIVER_WITHOUT_CLIENT'
                     order by course_id, scheduled_at, created_at""")
                    .param("courses", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query((rs, n) -> {
                        List<HeldSession> list = held.computeIfAbsent(rs.getObject("course_id", UUID.class),
                                k -> new ArrayList<>());
                        Timestamp when = rs.getTimestamp("scheduled_at");
                        list.add(new HeldSession(new SessionId(rs.getObject("id", UUID.class)), list.size() + 1,
                                when.toInstant()));
                        return null;
                    }).list();
        }
        Map<UUID, List<PhaseStart>> phases = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select course_id, phase, entered_on from course_phase_entered where course_id in (:courses)")
                    .param("courses", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query((rs, n) -> {
                        phases.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                                .add(new PhaseStart(Phase.valueOf(rs.getString("phase")),
                                        rs.getDate("entered_on").toLocalDate()));
                        return null;
                    }).list();
        }
        return rows.stream().map(r -> new CourseDates(new CourseId(r.id()), new ClientId(r.clientId()),
                new OrganisationId(r.organisationId()), new ProtocolId(r.protocolId()), r.phase(), r.contracted(),
                r.startDate(), r.exitDate(), held.getOrDefault(r.id(), List.of()),
                phases.getOrDefault(r.id(), List.of()))).toList();
    }
}
