package org.openipt.course.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseFacts;
import org.openipt.course.CourseId;
import org.openipt.course.CourseProgress;
import org.openipt.course.CourseSummary;
import org.openipt.course.Phase;
import org.openipt.course.PhaseOverride;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionRules;
import org.openipt.course.SessionView;
import org.openipt.course.TreatmentContract;
import org.openipt.identity.OrganisationId;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Storage behind {@link org.openipt.course.CourseService}; turns rows into the module's public records. */
@Component
public class CourseStore {

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final PrivateNoteRepository privateNotes;
    private final ProtocolCatalog protocols;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CourseStore(CourseRepository courses, CourseSessionRepository sessions, PrivateNoteRepository privateNotes,
            ProtocolCatalog protocols, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.sessions = sessions;
        this.privateNotes = privateNotes;
        this.protocols = protocols;
    }

    /** An addendum as stored: its text, who wrote it and when. */
    public record StoredAddendum(String text, UUID writtenBy, java.time.Instant writtenAt) {
    }

    public void addAddendum(UUID organisation, UUID course, UUID session, String text, UUID writtenBy,
            java.time.Instant now) {
        jdbc.sql("insert into course_session_addendum (id, organisation_id, course_id, session_id, text, written_by,"
                + " written_at) values (?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), organisation, course,
                        session, text, writtenBy, java.sql.Timestamp.from(now)).update();
    }

    public java.util.List<StoredAddendum> addenda(UUID session) {
        return jdbc.sql("select text, written_by, written_at from course_session_addendum where session_id = ?"
                + " order by written_at").param(session).query((rs, i) -> new StoredAddendum(rs.getString("text"),
                        rs.getObject("written_by", UUID.class), rs.getTimestamp("written_at").toInstant())).list();
    }

    /** A course with what the rules need to judge it. */
    public record LoadedCourse(CourseSummary summary, CourseFacts facts, UUID organisationId) {
    }

    public UUID refer(UUID organisationId, UUID clientId, UUID protocolId, TreatmentContract contract,
            @Nullable UUID previousCourseId, Instant now) {
        return courses.save(Course.refer(organisationId, clientId, protocolId, contract, previousCourseId, now)).getId();
    }

    public Optional<LoadedCourse> load(UUID id) {
        return courses.findById(id).map(course -> {
            CourseSummary summary = summary(course, sessions.countHeld(id));
            return new LoadedCourse(summary, new CourseFacts(summary.id(), summary.clientId(),
                    new OrganisationId(course.getOrganisationId()), course.getPhase(), summary.contract(),
                    summary.progress().sessionsHeld(), summary.phaseHistory()), course.getOrganisationId());
        });
    }

    public List<CourseSummary> coursesOf(UUID clientId) {
        return courses.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                .map(course -> summary(course, sessions.countHeld(course.getId()))).toList();
    }

    public void update(UUID id, long expectedVersion, Consumer<Course> change) {
        Course course = courses.findById(id).orElseThrow(() -> new NotFoundException("course"));
        course.expectVersion(expectedVersion);
        change.accept(course);
        courses.save(course);
    }

    public long currentVersion(UUID id) {
        return courses.findById(id).map(Course::getVersion).orElseThrow(() -> new NotFoundException("course"));
    }

    public UUID addSession(UUID organisationId, UUID courseId, SessionEntry entry, Instant when, Instant now,
            @Nullable UUID submissionKey) {
        return sessions.save(CourseSession.of(organisationId, courseId, entry, when, now, submissionKey)).getId();
    }

    /** The session a form with this submission key already stored, if any. */
    public Optional<UUID> sessionSubmitted(UUID courseId, UUID submissionKey) {
        return sessions.findIdBySubmission(courseId, submissionKey);
    }

    public void changeSession(UUID sessionId, long expectedVersion, SessionEntry entry, Instant when) {
        CourseSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session"));
        session.expectVersion(expectedVersion);
        session.record(entry, when);
        sessions.save(session);
    }

    public List<SessionView> sessions(UUID courseId, ZoneId zone) {
        List<CourseSession> rows = sessions.findByCourseIdOrderByScheduledAt(courseId);
        List<@Nullable Integer> numbers = SessionRules.numbers(rows,
                s -> SessionRules.countsTowardsContract(s.getAttendance(), s.getParticipants()));
        List<SessionView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            views.add(view(rows.get(i), numbers.get(i), zone));
        }
        return views;
    }

    /** The private psychotherapy note of a session of the course, if one was written. */
    public Optional<String> privateNote(UUID courseId, UUID sessionId) {
        return privateNotes.findBySessionIdAndCourseId(sessionId, courseId).map(PrivateNoteRow::getNote);
    }

    /** Writes, replaces or (when blank) removes the private psychotherapy note of a session. */
    public void savePrivateNote(UUID organisationId, UUID courseId, UUID sessionId, @Nullable String note,
            Instant now) {
        privateNotes.deleteById(sessionId);
        if (note != null && !note.isBlank()) {
            privateNotes.save(PrivateNoteRow.written(sessionId, organisationId, courseId, note.strip(), now));
        }
    }

    public Optional<SessionView> session(UUID courseId, UUID sessionId, ZoneId zone) {
        return sessions(courseId, zone).stream().filter(s -> s.id().value().equals(sessionId)).findFirst();
    }

    private CourseSummary summary(Course course, int held) {
        Protocol protocol = protocols.protocol(new OrganisationId(course.getOrganisationId()),
                new ProtocolId(course.getProtocolId()));
        TreatmentContract contract = course.contract();
        return new CourseSummary(new CourseId(course.getId()), new ClientId(course.getClientId()), protocol,
                course.getPhase(), contract,
                new CourseProgress(held, contract.contractedSessions(),
                        protocol.settings().terminationPhaseSessions()),
                course.getExtensionReason(), course.getExtendedOn(), course.getExitReason(), course.getExitDate(),
                course.getPreviousCourseId() == null ? null : new CourseId(course.getPreviousCourseId()),
                override(course), course.phaseHistory(), course.getVersion());
    }

    private static @Nullable PhaseOverride override(Course course) {
        String reason = course.getOverrideReason();
        LocalDate on = course.getOverriddenOn();
        Phase to = course.getOverrideTo();
        return reason == null || on == null || to == null ? null : new PhaseOverride(to, reason, on);
    }

    private static SessionView view(CourseSession s, @Nullable Integer number, ZoneId zone) {
        return new SessionView(new SessionId(s.getId()), new CourseId(s.getCourseId()), number,
                s.getScheduledAt().atZone(zone), s.getMode(), s.getAttendance(), s.getIntervalHistory(),
                s.getMoodRating(), s.getNotes(), s.getParticipants(), s.getCaregiver(), s.getFocalAreaId(),
                s.techniques(), s.isMoodLinkedToEvents(), s.isSessionsLeftNamed(), s.getVersion());
    }
}
