package org.openipt.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.measures.ResponseId;
import org.openipt.safety.RiskAction;
import org.openipt.safety.RiskAnswer;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventSummary;
import org.openipt.safety.RiskLevel;
import org.openipt.safety.RiskSource;
import org.openipt.safety.RiskState;
import org.openipt.safety.RiskStep;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage of risk events in plain SQL. Every step is one conditional update on the version the person read (a
 * stale one changes nothing and is a conflict); escalation is one conditional update on {@code escalated_at is
 * null}, so of several nodes running it at once exactly one marks each event.
 */
@Component
public class RiskEventStore {

    private static final String COLUMNS = """
            id, organisation_id, course_id, client_id, source, instrument_id, disclosure, state, risk_level,
            assessment, actions, action_note, close_note, opened_by, opened_at, acknowledged_by, acknowledged_at,
            assessed_by, assessed_at, actioned_by, actioned_at, closed_by, closed_at, escalated_at, version""";

    private final JdbcClient jdbc;

    RiskEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored risk event, as read: the clinical text with it, the users as ids. */
    public record Row(RiskEventId id, UUID organisationId, CourseId courseId, ClientId clientId, RiskSource source,
            @Nullable String instrumentId, @Nullable String disclosure, RiskState state, @Nullable RiskLevel level,
            @Nullable String assessment, Set<RiskAction> actions, @Nullable String actionNote,
            @Nullable String closeNote, UUID openedBy, Instant openedAt, @Nullable UUID acknowledgedBy,
            @Nullable Instant acknowledgedAt, @Nullable UUID assessedBy, @Nullable Instant assessedAt,
            @Nullable UUID actionedBy, @Nullable Instant actionedAt, @Nullable UUID closedBy,
            @Nullable Instant closedAt, @Nullable Instant escalatedAt, long version) {

        public RiskEventSummary summary() {
            return new RiskEventSummary(id, courseId, clientId, source, state, level, openedAt, escalatedAt);
        }
    }

    /** Opens an event; answers are kept in order. */
    public RiskEventId open(UUID organisationId, CourseId courseId, ClientId clientId, RiskSource source,
            @Nullable ResponseId responseId, @Nullable String instrumentId, List<RiskAnswer> answers,
            @Nullable String disclosure, UUID openedBy, Instant openedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into risk_event (id, organisation_id, course_id, client_id, source, response_id, instrument_id,
                    disclosure, state, opened_by, opened_at, version)
                values (:id, :organisation, :course, :client, :source, :response, :instrument, :disclosure, 'OPEN',
                    :openedBy, :openedAt, 0)""")
                .param("id", id).param("organisation", organisationId).param("course", courseId.value())
                .param("client", clientId.value()).param("source", source.name())
                .param("response", responseId == null ? null : responseId.value()).param("instrument", instrumentId).param("disclosure", disclosure).param("openedBy", openedBy)
                .param("openedAt", Timestamp.from(openedAt)).update();
        for (int i = 0; i < answers.size(); i++) {
            RiskAnswer answer = answers.get(i);
            jdbc.sql("insert into risk_event_answer (risk_event_id, position, link_id, score) values (?, ?, ?, ?)")
                    .params(id, i, answer.linkId(), answer.score()).update();
        }
        return new RiskEventId(id);
    }

    /** The event opened for a stored response, if any (a response opens at most one). */
    public Optional<RiskEventId> forResponse(ResponseId responseId) {
        return jdbc.sql("select id from risk_event where response_id = ?").param(responseId.value())
                .query((rs, row) -> new RiskEventId(rs.getObject(1, UUID.class))).optional();
    }

    public Optional<Row> find(CourseId courseId, RiskEventId id) {
        return jdbc.sql("select " + COLUMNS + " from risk_event where id = ? and course_id = ?")
                .params(id.value(), courseId.value()).query(RiskEventStore::row).optional();
    }

    public List<RiskAnswer> answers(RiskEventId id, @Nullable String instrumentId) {
        return jdbc.sql("select link_id, score from risk_event_answer where risk_event_id = ? order by position")
                .param(id.value()).query((rs, row) -> new RiskAnswer(instrumentId == null ? "" : instrumentId,
                        rs.getString(1), rs.getInt(2))).list();
    }

    public List<RiskEventSummary> ofCourse(CourseId courseId) {
        return jdbc.sql("select " + COLUMNS + " from risk_event where course_id = ? order by opened_at desc, id")
                .param(courseId.value()).query(RiskEventStore::row).list().stream().map(Row::summary).toList();
    }

    public List<RiskEventSummary> openOfCourse(CourseId courseId) {
        return jdbc.sql("select " + COLUMNS + " from risk_event where course_id = ? and state <> 'CLOSED'"
                + " order by opened_at, id").param(courseId.value()).query(RiskEventStore::row).list().stream()
                .map(Row::summary).toList();
    }

    /** The open events of these clients, oldest first; one query whatever the number of clients. */
    public List<RiskEventSummary> openOfClients(UUID organisationId, Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from risk_event where organisation_id = :organisation"
                + " and client_id in (:clients) and state <> 'CLOSED' order by opened_at, id")
                .param("organisation", organisationId)
                .param("clients", clients.stream().map(ClientId::value).toList())
                .query(RiskEventStore::row).list().stream().map(Row::summary).toList();
    }

    public long countOfCourse(CourseId courseId) {
        return jdbc.sql("select count(*) from risk_event where course_id = ?").param(courseId.value())
                .query(Long.class).single();
    }

    public long countOpen(CourseId courseId) {
        return jdbc.sql("select count(*) from risk_event where course_id = ? and state <> 'CLOSED'")
                .param(courseId.value()).query(Long.class).single();
    }

    /** Takes a step over the version the person read; a stale version or a moved state is a conflict. */
    public void step(RiskEventId id, RiskStep step, RiskState from, long expectedVersion, UUID by, Instant at,
            @Nullable RiskLevel level, @Nullable String text, Set<RiskAction> actions) {
        String set = switch (step) {
            case ACKNOWLEDGE -> "acknowledged_by = :by, acknowledged_at = :at";
            case ASSESS -> "assessed_by = :by, assessed_at = :at, risk_level = :level, assessment = :text,"
                    + " actioned_by = null, actioned_at = null, actions = null, action_note = null";
            case ACTION -> "actioned_by = :by, actioned_at = :at, actions = :actions, action_note = :text";
            case CLOSE -> "closed_by = :by, closed_at = :at, close_note = :text";
        };
        int changed = jdbc.sql("update risk_event set state = :to, version = version + 1, " + set
                + " where id = :id and version = :version and state = :from")
                .param("to", step.to().name()).param("by", by).param("at", Timestamp.from(at))
                .param("level", level == null ? null : level.name()).param("text", text)
                .param("actions", actions.isEmpty() ? null
                        : actions.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("id", id.value()).param("version", expectedVersion).param("from", from.name()).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("the risk event changed since it was read");
        }
    }

    /** The open events still unacknowledged and not yet escalated, opened at or before {@code cutoff}. */
    public List<Row> dueForEscalation(Instant cutoff, int limit) {
        return jdbc.sql("select " + COLUMNS + " from risk_event where state = 'OPEN' and escalated_at is null"
                + " and opened_at <= ? order by opened_at, id limit ?").params(Timestamp.from(cutoff), limit)
                .query(RiskEventStore::row).list();
    }

    /**
     * Marks one event escalated if it still is unacknowledged, not yet escalated and old enough; true only for the
     * caller whose update changed the row. The version is left alone, so nobody's open form becomes stale.
     */
    public boolean markEscalated(RiskEventId id, Instant cutoff, Instant now) {
        return jdbc.sql("update risk_event set escalated_at = ? where id = ? and escalated_at is null"
                + " and state = 'OPEN' and opened_at <= ?")
                .params(Timestamp.from(now), id.value(), Timestamp.from(cutoff)).update() == 1;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        String level = rs.getString("risk_level");
        String actions = rs.getString("actions");
        Set<RiskAction> chosen = EnumSet.noneOf(RiskAction.class);
        if (actions != null && !actions.isBlank()) {
            Arrays.stream(actions.split(",")).map(RiskAction::valueOf).forEach(chosen::add);
        }
        return new Row(new RiskEventId(rs.getObject("id", UUID.class)), rs.getObject("organisation_id", UUID.class),
                new CourseId(rs.getObject("course_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                RiskSource.valueOf(rs.getString("source")), rs.getString("instrument_id"), rs.getString("disclosure"),
                RiskState.valueOf(rs.getString("state")), level == null ? null : RiskLevel.valueOf(level),
                rs.getString("assessment"), chosen, rs.getString("action_note"), rs.getString("close_note"),
                rs.getObject("opened_by", UUID.class), instant(rs, "opened_at"),
                rs.getObject("acknowledged_by", UUID.class), nullableInstant(rs, "acknowledged_at"),
                rs.getObject("assessed_by", UUID.class), nullableInstant(rs, "assessed_at"),
                rs.getObject("actioned_by", UUID.class), nullableInstant(rs, "actioned_at"),
                rs.getObject("closed_by", UUID.class), nullableInstant(rs, "closed_at"),
                nullableInstant(rs, "escalated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
