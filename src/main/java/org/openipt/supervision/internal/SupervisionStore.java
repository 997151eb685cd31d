package org.openipt.supervision.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openipt.caseload.ClientId;
import org.openipt.identity.UserId;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.supervision.FidelityAnswer;
import org.openipt.supervision.FidelityItem;
import org.openipt.supervision.FidelityRating;
import org.openipt.supervision.FollowUp;
import org.openipt.supervision.Rater;
import org.openipt.supervision.SupervisionSessionEntry;
import org.openipt.supervision.RecordKind;
import org.openipt.supervision.Review;
import org.openipt.supervision.ReviewState;
import org.openipt.groups.GroupId;
import org.openipt.shared.Conflicts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Storage of supervision: sessions, cases discussed, follow-ups, fidelity ratings and reviews (plain SQL). */
@Component
public class SupervisionStore {

    private final JdbcClient jdbc;

    SupervisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each client discussed, how many sessions their course had held when last discussed; one statement. */
    public Map<ClientId, Integer> lastDiscussed(Collection<ClientId> clients) {
        Map<ClientId, Integer> held = new HashMap<>();
        if (clients.isEmpty()) {
            return held;
        }
        jdbc.sql("select c.client_id, c.sessions_held_then from supervision_case c"
                + " join supervision_session s on s.id = c.supervision_session_id where c.client_id in (:clients)"
                + " order by s.held_on, s.created_at").param("clients", clients.stream().map(ClientId::value).toList())
                .query((rs, i) -> held.put(new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getInt("sessions_held_then"))).list();
        return held;
    }

    /** Each counsellor's latest supervisor rating as a whole percentage; one statement. */
    public Map<UserId, Integer> latestFidelity(Collection<UserId> counsellors) {
        Map<UserId, Integer> latest = new HashMap<>();
        if (counsellors.isEmpty()) {
            return latest;
        }
        jdbc.sql("select counsellor_id, met, rated from fidelity_rating where rater = 'SUPERVISOR'"
                + " and counsellor_id in (:counsellors) order by rated_at")
                .param("counsellors", counsellors.stream().map(UserId::value).toList())
                .query((rs, i) -> latest.put(new UserId(rs.getObject("counsellor_id", UUID.class)),
                        rs.getInt("rated") == 0 ? 0 : Math.round(100f * rs.getInt("met") / rs.getInt("rated"))))
                .list();
        return latest;
    }

    /** Saves a rating of a session, replacing the same rater's earlier one. */
    public void saveRating(UUID organisation, UserId counsellor, FidelityRating rating, UserId ratedBy) {
        String items = rating.answers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue().name()).collect(Collectors.joining(","));
        int changed = jdbc.sql("update fidelity_rating set items = ?, met = ?, rated = ?, rated_by = ?, rated_at = ?,"
                + " version = version + 1 where session_id = ? and rater = ?").params(items, rating.met(),
                        rating.rated(), ratedBy.value(), Timestamp.from(rating.ratedAt()), rating.sessionId().value(),
                        rating.rater().name()).update();
        if (changed == 0) {
            jdbc.sql("insert into fidelity_rating (id, organisation_id, counsellor_id, course_id, session_id, rater,"
                    + " rated_by, items, met, rated, rated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(UUID.randomUUID(), organisation, counsellor.value(), rating.courseId().value(),
                            rating.sessionId().value(), rating.rater().name(), ratedBy.value(), items, rating.met(),
                            rating.rated(), Timestamp.from(rating.ratedAt())).update();
        }
    }

    public Map<Rater, FidelityRating> ratingsOf(SessionId session) {
        Map<Rater, FidelityRating> ratings = new EnumMap<>(Rater.class);
        jdbc.sql("select * from fidelity_rating where session_id = ?").param(session.value())
                .query((rs, i) -> ratings.put(Rater.valueOf(rs.getString("rater")), rating(rs))).list();
        return ratings;
    }

    /** Every rating about a counsellor, oldest first. */
    public List<FidelityRating> ratingsAbout(UserId counsellor) {
        return jdbc.sql("select * from fidelity_rating where counsellor_id = ? order by rated_at, rater")
                .param(counsellor.value()).query((rs, i) -> rating(rs)).list();
    }

    private static FidelityRating rating(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<FidelityItem, FidelityAnswer> answers = new EnumMap<>(FidelityItem.class);
        for (String pair : rs.getString("items").split(",")) {
            String[] parts = pair.split("=");
            if (parts.length == 2) {
                answers.put(FidelityItem.valueOf(parts[0]), FidelityAnswer.valueOf(parts[1]));
            }
        }
        return new FidelityRating(new CourseId(rs.getObject("course_id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)), Rater.valueOf(rs.getString("rater")), answers,
                rs.getInt("met"), rs.getInt("rated"), rs.getTimestamp("rated_at").toInstant());
    }

    private static final String REVIEW_COLUMNS = "id, record_kind, record_id, course_id, group_id, counsellor_id,"
            + " supervisor_id, state, comment, submitted_at, decided_at, version";

    public Optional<Review> reviewOf(RecordKind kind, UUID record) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from record_review where record_kind = ? and record_id = ?")
                .params(kind.name(), record).query(SupervisionStore::review).optional();
    }

    public Optional<Review> review(UUID organisation, Review.ReviewId id) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from record_review where id = ? and organisation_id = ?")
                .params(id.value(), organisation).query(SupervisionStore::review).optional();
    }

    public Review.ReviewId submit(UUID organisation, RecordKind kind, UUID record, @Nullable CourseId course,
            @Nullable GroupId group, UserId counsellor, UserId supervisor, ReviewState state, Instant now) {
        UUID id = UUID.randomUUID();
        Conflicts.savedOrConflict("the review", () -> jdbc.sql("insert into record_review (id, organisation_id,"
                + " record_kind, record_id, course_id, group_id, counsellor_id, supervisor_id, state, submitted_at,"
                + " decided_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)").params(id, organisation,
                        kind.name(), record, course == null ? null : course.value(), group == null ? null : group.value(),
                        counsellor.value(), supervisor.value(), state.name(), Timestamp.from(now),
                        state == ReviewState.SIGNED ? Timestamp.from(now) : null).update());
        return new Review.ReviewId(id);
    }

    /** Moves a review to a state, if it is still at the version the person saw. */
    public void decide(Review review, ReviewState state, @Nullable String comment, Instant now, long version) {
        boolean resubmitted = state == ReviewState.SUBMITTED;
        int changed = jdbc.sql("update record_review set state = ?, comment = ?, decided_at = ?, submitted_at = "
                + (resubmitted ? "?" : "submitted_at") + ", version = version + 1 where id = ? and version = ?")
                .params(resubmitted ? new Object[] { state.name(), review.comment(), null, Timestamp.from(now),
                        review.id().value(), version } : new Object[] { state.name(), comment, Timestamp.from(now),
                                review.id().value(), version }).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("the review changed since it was read");
        }
    }

    /** Reviews for a supervisor, waiting ones first (oldest first), then the latest decided. */
    public List<Review> reviewsFor(UserId supervisor, int decided) {
        List<Review> reviews = new ArrayList<>(jdbc.sql("select " + REVIEW_COLUMNS + " from record_review where"
                + " supervisor_id = ? and state = 'SUBMITTED' order by submitted_at").param(supervisor.value())
                .query(SupervisionStore::review).list());
        reviews.addAll(jdbc.sql("select " + REVIEW_COLUMNS + " from record_review where supervisor_id = ? and"
                + " state <> 'SUBMITTED' order by decided_at desc limit ?").params(supervisor.value(), decided)
                .query(SupervisionStore::review).list());
        return reviews;
    }

    /** A counsellor's reviews: sent back first, then waiting, then the latest signed. */
    public List<Review> reviewsOf(UserId counsellor, int signed) {
        List<Review> reviews = new ArrayList<>(jdbc.sql("select " + REVIEW_COLUMNS + " from record_review where"
                + " counsellor_id = ? and state <> 'SIGNED' order by state, submitted_at").param(counsellor.value())
                .query(SupervisionStore::review).list());
        reviews.addAll(jdbc.sql("select " + REVIEW_COLUMNS + " from record_review where counsellor_id = ? and"
                + " state = 'SIGNED' order by decided_at desc limit ?").params(counsellor.value(), signed)
                .query(SupervisionStore::review).list());
        return reviews;
    }

    public boolean signed(RecordKind kind, UUID record) {
        return jdbc.sql("select count(*) from record_review where record_kind = ? and record_id = ? and"
                + " state = 'SIGNED'").params(kind.name(), record).query(Long.class).single() > 0;
    }

    private static Review review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID course = rs.getObject("course_id", UUID.class);
        UUID group = rs.getObject("group_id", UUID.class);
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Review(new Review.ReviewId(rs.getObject("id", UUID.class)),
                RecordKind.valueOf(rs.getString("record_kind")), rs.getObject("record_id", UUID.class),
                course == null ? null : new CourseId(course), group == null ? null : new GroupId(group),
                new UserId(rs.getObject("counsellor_id", UUID.class)), new UserId(rs.getObject("supervisor_id",
                        UUID.class)), ReviewState.valueOf(rs.getString("state")), rs.getString("comment"),
                rs.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getLong("version"));
    }

    /** A supervision session with who came, the cases discussed (and their sessions held then) and follow-ups. */
    public UUID addSupervisionSession(UUID organisation, UserId supervisor, LocalDate heldOn, @Nullable String decisions,
            Collection<UserId> counsellors, Map<ClientId, Integer> casesWithSessionsHeld,
            List<SupervisionSessionEntry.NewFollowUp> followUps, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into supervision_session (id, organisation_id, supervisor_id, held_on, notes, created_at,"
                + " version) values (?, ?, ?, ?, ?, ?, 0)").params(id, organisation, supervisor.value(), heldOn,
                        decisions, Timestamp.from(now)).update();
        counsellors.forEach(c -> jdbc.sql("insert into supervision_attendee (supervision_session_id, counsellor_id)"
                + " values (?, ?)").params(id, c.value()).update());
        casesWithSessionsHeld.forEach((client, held) -> jdbc.sql("insert into supervision_case"
                + " (supervision_session_id, client_id, sessions_held_then) values (?, ?, ?)")
                .params(id, client.value(), held).update());
        for (SupervisionSessionEntry.NewFollowUp followUp : followUps) {
            jdbc.sql("insert into supervision_follow_up (id, organisation_id, supervision_session_id, supervisor_id,"
                    + " client_id, what, due_on, version) values (?, ?, ?, ?, ?, ?, ?, 0)").params(UUID.randomUUID(),
                            organisation, id, supervisor.value(),
                            followUp.about() == null ? null : followUp.about().value(), followUp.what(),
                            followUp.dueOn()).update();
        }
        return id;
    }

    /** The supervisor's latest supervision sessions, newest first, with attendees, cases and follow-ups. */
    public List<StoredSupervisionSession> supervisionSessions(UserId supervisor, int limit) {
        List<StoredSupervisionSession> sessions = jdbc.sql("select id, held_on, notes from supervision_session"
                + " where supervisor_id = ? order by held_on desc, created_at desc limit ?")
                .params(supervisor.value(), limit).query((rs, i) -> new StoredSupervisionSession(
                        rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        rs.getString("notes"), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())).list();
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<UUID, StoredSupervisionSession> byId = new HashMap<>();
        sessions.forEach(session -> byId.put(session.id(), session));
        List<UUID> ids = List.copyOf(byId.keySet());
        jdbc.sql("select supervision_session_id, counsellor_id from supervision_attendee where supervision_session_id"
                + " in (:ids)").param("ids", ids).query((rs, i) -> byId.get(rs.getObject("supervision_session_id",
                        UUID.class)).counsellors().add(new UserId(rs.getObject("counsellor_id", UUID.class)))).list();
        jdbc.sql("select supervision_session_id, client_id from supervision_case where supervision_session_id"
                + " in (:ids)").param("ids", ids).query((rs, i) -> byId.get(rs.getObject("supervision_session_id",
                        UUID.class)).cases().add(new ClientId(rs.getObject("client_id", UUID.class)))).list();
        jdbc.sql("select id, supervision_session_id, client_id, what, due_on, done_on, version from"
                + " supervision_follow_up where supervision_session_id in (:ids) order by due_on").param("ids", ids)
                .query((rs, i) -> byId.get(rs.getObject("supervision_session_id", UUID.class)).followUps()
                        .add(followUp(rs))).list();
        return sessions;
    }

    /** A supervision session as stored, its lists filled by {@link #supervisionSessions}. */
    public record StoredSupervisionSession(UUID id, LocalDate heldOn, @Nullable String decisions,
            List<UserId> counsellors, List<ClientId> cases, List<FollowUp> followUps) {
    }

    public Optional<FollowUp> followUp(UserId supervisor, UUID id) {
        return jdbc.sql("select id, supervision_session_id, client_id, what, due_on, done_on, version from"
                + " supervision_follow_up where id = ? and supervisor_id = ?").params(id, supervisor.value())
                .query((rs, i) -> followUp(rs)).optional();
    }

    public void markDone(FollowUp followUp, LocalDate on, long version) {
        int changed = jdbc.sql("update supervision_follow_up set done_on = ?, version = version + 1 where id = ? and"
                + " version = ? and done_on is null").params(on, followUp.id(), version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("the follow-up changed since it was read");
        }
    }

    private static FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("supervision_session_id", UUID.class),
                client == null ? null : new ClientId(client), rs.getString("what"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getLong("version"));
    }

    /** The supervisor's follow-ups not yet done, soonest first. */
    public List<FollowUp> openFollowUps(UserId supervisor) {
        return jdbc.sql("select id, supervision_session_id, client_id, what, due_on, done_on, version"
                + " from supervision_follow_up where supervisor_id = ? and done_on is null order by due_on, id")
                .param(supervisor.value()).query((rs, i) -> followUp(rs)).list();
    }
}
