package org.openipt.supervision.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
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

    /** The supervisor's follow-ups not yet done, soonest first. */
    public List<FollowUp> openFollowUps(UserId supervisor) {
        return jdbc.sql("select id, supervision_session_id, client_id, what, due_on, done_on, version"
                + " from supervision_follow_up where supervisor_id = ? and done_on is null order by due_on, id")
                .param(supervisor.value()).query((rs, i) -> {
                    UUID client = rs.getObject("client_id", UUID.class);
                    return new FollowUp(rs.getObject("id", UUID.class),
                            rs.getObject("supervision_session_id", UUID.class),
                            client == null ? null : new ClientId(client), rs.getString("what"),
                            rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                            rs.getLong("version"));
                }).list();
    }
}
