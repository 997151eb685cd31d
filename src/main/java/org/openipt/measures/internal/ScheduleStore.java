package org.openipt.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openipt.course.CourseRecordOwner;
import org.openipt.measures.GivenMeasure;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.Milestone;
import org.openipt.measures.ScheduleRule;
import org.openipt.measures.ScheduledInstrument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The schedules an administrator or clinician changed. Version 0 means "not stored": the format's default, or
 * the format's schedule for a course. Saving against a version that is no longer the stored one throws
 * {@link OptimisticLockingFailureException}.
 */
@Component
public class ScheduleStore {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored schedule and its version. */
    public record Stored(MeasureSchedule schedule, long version) {
    }

    record Entry(String instrumentId, ScheduleRule rule, int every, List<Milestone> milestones) {
    }

    public Optional<Stored> ofProtocol(UUID protocolId) {
        return jdbc.sql("select entries, version from measure_protocol_schedule where protocol_id = :id")
                .param("id", protocolId)
                .query((rs, n) -> new Stored(read(rs.getString("entries")), rs.getLong("version"))).optional();
    }

    public Map<UUID, MeasureSchedule> ofProtocols(Collection<UUID> protocolIds) {
        return many("select protocol_id as owner, entries from measure_protocol_schedule where protocol_id in (:ids)",
                protocolIds);
    }

    public Optional<Stored> ofCourse(UUID courseId) {
        return jdbc.sql("select entries, version from measure_course_schedule where course_id = :id")
                .param("id", courseId)
                .query((rs, n) -> new Stored(read(rs.getString("entries")), rs.getLong("version"))).optional();
    }

    public Map<UUID, MeasureSchedule> ofCourses(Collection<UUID> courseIds) {
        return many("select course_id as owner, entries from measure_course_schedule where course_id in (:ids)",
                courseIds);
    }

    public void saveProtocol(UUID organisationId, UUID protocolId, MeasureSchedule schedule, long version, Instant now) {
        if (version == 0) {
            insert("insert into measure_protocol_schedule (protocol_id, organisation_id, entries, changed_at, version)"
                    + " values (:owner, :organisation, :entries, :now, 1)", protocolId, organisationId, null, schedule, now);
        }
        else {
            update("update measure_protocol_schedule set entries = :entries, changed_at = :now, version = version + 1"
                    + " where protocol_id = :owner and version = :version", protocolId, schedule, version, now);
        }
    }

    public void saveCourse(CourseRecordOwner owner, MeasureSchedule schedule, long version, Instant now) {
        UUID courseId = owner.courseId().value();
        if (version == 0) {
            insert("insert into measure_course_schedule (course_id, organisation_id, client_id, entries, changed_at,"
                    + " version) values (:owner, :organisation, :client, :entries, :now, 1)", courseId,
                    owner.organisationId().value(), owner.clientId().value(), schedule, now);
        }
        else {
            update("update measure_course_schedule set entries = :entries, changed_at = :now, version = version + 1"
                    + " where course_id = :owner and version = :version", courseId, schedule, version, now);
        }
    }

    /** The complete responses of each course, with their day in {@code zone}: what satisfies an occasion. */
    public Map<UUID, List<GivenMeasure>> given(Collection<UUID> courseIds, ZoneId zone) {
        Map<UUID, List<GivenMeasure>> given = new HashMap<>();
        List<UUID> list = List.copyOf(Set.copyOf(courseIds));
        for (int from = 0; from < list.size(); from += CHUNK) {
            jdbc.sql("""
                    select course_id, instrument_id, administered_at, session_id from measure_response
                     where course_id in (:ids) and complete = true""")
                    .param("ids", list.subList(from, Math.min(list.size(), from + CHUNK))).query((rs, n) -> {
                        given.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                                .add(new GivenMeasure(rs.getString("instrument_id"),
                                        rs.getTimestamp("administered_at").toInstant().atZone(zone).toLocalDate(),
                                        rs.getObject("session_id", UUID.class)));
                        return null;
                    }).list();
        }
        return given;
    }

    /** Forgets the course's own schedule, so it follows its format's again. */
    public void removeCourse(UUID courseId, long version) {
        if (jdbc.sql("delete from measure_course_schedule where course_id = :id and version = :version")
                .param("id", courseId).param("version", version).update() != 1) {
            throw new OptimisticLockingFailureException("course schedule changed or already restored");
        }
    }

    private void insert(String sql, UUID owner, UUID organisation, @org.jspecify.annotations.Nullable UUID client,
            MeasureSchedule schedule, Instant now) {
        var statement = jdbc.sql(sql).param("owner", owner).param("organisation", organisation)
                .param("entries", write(schedule)).param("now", Timestamp.from(now));
        if (client != null) {
            statement = statement.param("client", client);
        }
        try {
            statement.update();
        }
        catch (DuplicateKeyException stale) {
            throw new OptimisticLockingFailureException("schedule stored meanwhile", stale);
        }
    }

    private void update(String sql, UUID owner, MeasureSchedule schedule, long version, Instant now) {
        if (jdbc.sql(sql).param("owner", owner).param("entries", write(schedule)).param("now", Timestamp.from(now))
                .param("version", version).update() != 1) {
            throw new OptimisticLockingFailureException("schedule changed meanwhile");
        }
    }

    private Map<UUID, MeasureSchedule> many(String sql, Collection<UUID> ids) {
        Map<UUID, MeasureSchedule> schedules = new HashMap<>();
        List<UUID> list = List.copyOf(Set.copyOf(ids));
        for (int from = 0; from < list.size(); from += CHUNK) {
            jdbc.sql(sql).param("ids", list.subList(from, Math.min(list.size(), from + CHUNK))).query((rs, n) -> {
                schedules.put(rs.getObject("owner", UUID.class), read(rs.getString("entries")));
                return null;
            }).list();
        }
        return schedules;
    }

    private String write(MeasureSchedule schedule) {
        List<Entry> entries = new ArrayList<>();
        schedule.instruments().forEach(i -> entries.add(new Entry(i.instrumentId(), i.rule(), i.every(),
                i.orderedMilestones())));
        return json.writeValueAsString(entries);
    }

    private MeasureSchedule read(String entries) {
        return new MeasureSchedule(List.of(json.readValue(entries, Entry[].class)).stream()
                .map(e -> new ScheduledInstrument(e.instrumentId(), e.rule(), e.every(), Set.copyOf(e.milestones())))
                .toList());
    }
}
