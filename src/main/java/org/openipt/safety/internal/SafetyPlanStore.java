package org.openipt.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordOwner;
import org.openipt.safety.SafetyPlan;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of each course's safety plan. A save adds the next version, never changes an earlier one; it is
 * based on the version the person read, so a save over a newer one is a conflict (also when two saves race: the
 * unique version number lets only one of them in).
 */
@Component
public class SafetyPlanStore {

    private static final String COLUMNS = """
            number, warning_signs, coping_alone, distractions, people_to_ask, professionals, safe_surroundings,
            reasons_for_living, saved_by, saved_at""";

    private final JdbcClient jdbc;

    SafetyPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version, with the id of who saved it. */
    public record Stored(int number, SafetyPlan plan, UUID savedBy, Instant savedAt) {
    }

    public int currentNumber(CourseId courseId) {
        return jdbc.sql("select coalesce(max(number), 0) from safety_plan_version where course_id = ?")
                .param(courseId.value()).query(Integer.class).single();
    }

    /** Every version, newest first. */
    public List<Stored> versions(CourseId courseId) {
        return jdbc.sql("select " + COLUMNS + " from safety_plan_version where course_id = ? order by number desc")
                .param(courseId.value()).query(SafetyPlanStore::stored).list();
    }

    public Optional<Stored> version(CourseId courseId, int number) {
        return jdbc.sql("select " + COLUMNS + " from safety_plan_version where course_id = ? and number = ?")
                .params(courseId.value(), number).query(SafetyPlanStore::stored).optional();
    }

    /** Saves the next version over {@code basedOn}; returns its number. */
    public int save(CourseRecordOwner owner, SafetyPlan plan, int basedOn, UUID savedBy, Instant savedAt) {
        CourseId courseId = owner.courseId();
        if (currentNumber(courseId) != basedOn) {
            throw new OptimisticLockingFailureException("the safety plan changed since it was read");
        }
        int number = basedOn + 1;
        try {
            jdbc.sql("""
                    insert into safety_plan_version (id, organisation_id, course_id, client_id, number, warning_signs,
                        coping_alone, distractions, people_to_ask, professionals, safe_surroundings,
                        reasons_for_living, saved_by, saved_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), owner.organisationId().value(), courseId.value(),
                            owner.clientId().value(), number, plan.warningSigns(), plan.copingAlone(),
                            plan.distractions(), plan.peopleToAsk(), plan.professionals(), plan.safeSurroundings(), plan.reasonsForLiving(), savedBy,
                            Timestamp.from(savedAt))
                    .update();
        }
        catch (DuplicateKeyException race) {
            throw new OptimisticLockingFailureException("another save of the safety plan came first", race);
        }
        return number;
    }

    public long count(CourseId courseId) {
        return currentNumber(courseId);
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getInt("number"), new SafetyPlan(rs.getString("warning_signs"),
                rs.getString("coping_alone"), rs.getString("distractions"), rs.getString("people_to_ask"),
                rs.getString("professionals"), rs.getString("safe_surroundings"), rs.getString("reasons_for_living")),
                rs.getObject("saved_by", UUID.class), rs.getTimestamp("saved_at").toInstant());
    }
}
