package org.openipt.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.identity.OrganisationId;
import org.openipt.measures.ResponseId;
import org.openipt.safety.RiskAction;
import org.openipt.safety.RiskAnswer;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventSummary;
import org.openipt.safety.RiskLevel;
import org.openipt.safety.RiskSource;
import org.openipt.safety.RiskState;
import org.openipt.safety.RiskStep;
import org.openipt.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage of risk events. An event is an aggregate ({@link RiskEventRow}): opened with its answers, then stepped
 * over the version the person read (a stale one is a conflict). The lists and counts are read-only queries across
 * events, and escalation is one documented conditional update on {@code escalated_at is null}, so of several nodes
 * running it at once exactly one marks each event.
 */
@Component
public class RiskEventStore {

    private static final String SUMMARY_COLUMNS =
            "id, course_id, client_id, source, state, risk_level, opened_at, escalated_at";

    private final RiskEventRepository events;
    private final JdbcClient jdbc;

    RiskEventStore(RiskEventRepository events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** A stored risk event, as read: the answers and clinical text with it, the users as ids. */
    public record Row(RiskEventId id, UUID organisationId, CourseId courseId, ClientId clientId, RiskSource source,
            List<RiskAnswer> answers, @Nullable String disclosure, RiskState state, @Nullable RiskLevel level,
            @Nullable String assessment, Set<RiskAction> actions, @Nullable String actionNote,
            @Nullable String closeNote, UUID openedBy, Instant openedAt, @Nullable UUID acknowledgedBy,
            @Nullable Instant acknowledgedAt, @Nullable UUID assessedBy, @Nullable Instant assessedAt,
            @Nullable UUID actionedBy, @Nullable Instant actionedAt, @Nullable UUID closedBy,
            @Nullable Instant closedAt, @Nullable Instant escalatedAt, long version) {
    }

    /** An event left unacknowledged long enough to escalate. */
    public record Unacknowledged(RiskEventId id, OrganisationId organisationId, CourseId courseId, ClientId clientId,
            Instant openedAt) {
    }

    /** Opens an event; answers are kept in order. */
    public RiskEventId open(UUID organisationId, CourseId courseId, ClientId clientId, RiskSource source,
            @Nullable ResponseId responseId, @Nullable String instrumentId, List<RiskAnswer> answers,
            @Nullable String disclosure, UUID openedBy, Instant openedAt) {
        RiskEventRow event = events.save(RiskEventRow.open(organisationId, courseId.value(), clientId.value(), source,
                responseId == null ? null : responseId.value(), instrumentId, answers, disclosure, openedBy,
                openedAt));
        return new RiskEventId(event.getId());
    }

    /** The event opened for a stored response, if any (a response opens at most one). */
    public Optional<RiskEventId> forResponse(ResponseId responseId) {
        return events.findByResponseId(responseId.value()).map(event -> new RiskEventId(event.getId()));
    }

    public Optional<Row> find(CourseId courseId, RiskEventId id) {
        return events.findByIdAndCourseId(id.value(), courseId.value()).map(RiskEventStore::row);
    }

    public List<RiskEventSummary> ofCourse(CourseId courseId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from risk_event where course_id = ?"
                + " order by opened_at desc, id").param(courseId.value()).query(RiskEventStore::summary).list();
    }

    public List<RiskEventSummary> openOfCourse(CourseId courseId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from risk_event where course_id = ? and state <> 'CLOSED'"
                + " order by opened_at, id").param(courseId.value()).query(RiskEventStore::summary).list();
    }

    /** The open events of these clients, oldest first; one query whatever the number of clients. */
    public List<RiskEventSummary> openOfClients(UUID organisationId, Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from risk_event where organisation_id = :organisation"
                + " and client_id in (:clients) and state <> 'CLOSED' order by opened_at, id")
                .param("organisation", organisationId)
                .param("clients", clients.stream().map(ClientId::value).toList())
                .query(RiskEventStore::summary).list();
    }

    public long countOfCourse(CourseId courseId) {
        return jdbc.sql("select count(*) from risk_event where course_id = ?").param(courseId.value())
                .query(Long.class).single();
    }

    public long countOpen(CourseId courseId) {
        return jdbc.sql("select count(*) from risk_event where course_id = ? and state <> 'CLOSED'")
                .param(courseId.value()).query(Long.class).single();
    }

    /**
     * Takes a step over the version the person read. A stale version is a conflict, also when another step is
     * saved between this read and this save; a step the rules do not allow from the current state is refused.
     */
    public void step(CourseId courseId, RiskEventId id, RiskStep step, long expectedVersion, UUID by, Instant at,
            @Nullable RiskLevel level, @Nullable String text, Set<RiskAction> actions) {
        RiskEventRow event = events.findByIdAndCourseId(id.value(), courseId.value())
                .orElseThrow(() -> new NotFoundException("riskEvent"));
        if (event.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("the risk event changed since it was read");
        }
        event.take(step, by, at, level, text, actions);
        events.save(event);
    }

    /** The open events still unacknowledged and not yet escalated, opened at or before {@code cutoff}. */
    public List<Unacknowledged> dueForEscalation(Instant cutoff, int limit) {
        return jdbc.sql("select id, organisation_id, course_id, client_id, opened_at from risk_event"
                + " where state = 'OPEN' and escalated_at is null and opened_at <= ? order by opened_at, id limit ?")
                .params(Timestamp.from(cutoff), limit)
                .query((rs, n) -> new Unacknowledged(new RiskEventId(rs.getObject("id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        new CourseId(rs.getObject("course_id", UUID.class)),
                        new ClientId(rs.getObject("client_id", UUID.class)), instant(rs, "opened_at")))
                .list();
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

    private static Row row(RiskEventRow e) {
        return new Row(new RiskEventId(e.getId()), e.getOrganisationId(), new CourseId(e.getCourseId()),
                new ClientId(e.getClientId()), e.getSource(), e.riskAnswers(), e.getDisclosure(), e.getState(),
                e.getRiskLevel(), e.getAssessment(), e.chosenActions(), e.getActionNote(), e.getCloseNote(),
                e.getOpenedBy(), e.getOpenedAt(), e.getAcknowledgedBy(), e.getAcknowledgedAt(), e.getAssessedBy(),
                e.getAssessedAt(), e.getActionedBy(), e.getActionedAt(), e.getClosedBy(), e.getClosedAt(),
                e.getEscalatedAt(), e.getVersion());
    }

    private static RiskEventSummary summary(ResultSet rs, int rowNumber) throws SQLException {
        String level = rs.getString("risk_level");
        return new RiskEventSummary(new RiskEventId(rs.getObject("id", UUID.class)),
                new CourseId(rs.getObject("course_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                RiskSource.valueOf(rs.getString("source")), RiskState.valueOf(rs.getString("state")),
                level == null ? null : RiskLevel.valueOf(level), instant(rs, "opened_at"),
                nullableInstant(rs, "escalated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
