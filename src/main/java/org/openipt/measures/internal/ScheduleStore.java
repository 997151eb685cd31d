package org.openipt.measures.internal;

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
import org.openipt.shared.Conflicts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The schedules an administrator or clinician changed. Version 0 means "not stored": the format's default, or
 * the format's schedule for a course. Each stored schedule is an aggregate saved over the version the person read;
 * a version that is no longer the stored one, or a first save that another beat, throws
 * {@link OptimisticLockingFailureException}. The batch reads for many courses at once are plain queries.
 */
@Component
public class ScheduleStore {

    private static final int CHUNK = 500;

    private final ProtocolScheduleRepository protocolSchedules;
    private final CourseScheduleRepository courseSchedules;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ScheduleStore(ProtocolScheduleRepository protocolSchedules, CourseScheduleRepository courseSchedules,
            JdbcClient jdbc) {
        this.protocolSchedules = protocolSchedules;
        this.courseSchedules = courseSchedules;
        this.jdbc = jdbc;
    }

    /** A stored schedule and its version. */
    public record Stored(MeasureSchedule schedule, long version) {
    }

    record Entry(String instrumentId, ScheduleRule rule, int every, List<Milestone> milestones) {
    }

    public Optional<Stored> ofProtocol(UUID protocolId) {
        return protocolSchedules.findById(protocolId).map(row -> new Stored(read(row.entries()), row.version()));
    }

    public Map<UUID, MeasureSchedule> ofProtocols(Collection<UUID> protocolIds) {
        return many("select protocol_id as owner, entries from measure_protocol_schedule where protocol_id in (:ids)",
                protocolIds);
    }

    public Optional<Stored> ofCourse(UUID courseId) {
        return courseSchedules.findById(courseId).map(row -> new Stored(read(row.entries()), row.version()));
    }

    public Map<UUID, MeasureSchedule> ofCourses(Collection<UUID> courseIds) {
        return many("select course_id as owner, entries from measure_course_schedule where course_id in (:ids)",
                courseIds);
    }

    public void saveProtocol(UUID organisationId, UUID protocolId, MeasureSchedule schedule, long version, Instant now) {
        Conflicts.savedOrConflict("the format's schedule", () -> protocolSchedules.save(
                new ProtocolScheduleRow(protocolId, organisationId, write(schedule), now, version)));
    }

    public void saveCourse(CourseRecordOwner owner, MeasureSchedule schedule, long version, Instant now) {
        Conflicts.savedOrConflict("the course's schedule", () -> courseSchedules.save(new CourseScheduleRow(
                owner.courseId().value(), owner.organisationId().value(), owner.clientId().value(), write(schedule),
                now, version)));
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
        CourseScheduleRow stored = courseSchedules.findById(courseId).filter(row -> row.version() == version)
                .orElseThrow(() -> new OptimisticLockingFailureException("course schedule changed or already restored"));
        Conflicts.savedOrConflict("the course's schedule", () -> {
            courseSchedules.delete(stored);
            return stored;
        });
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
