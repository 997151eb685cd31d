package org.openipt.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.measures.internal.ScheduleEvaluation;
import org.openipt.measures.internal.ScheduleStore;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measurement schedules: each format's (its built-in default until an administrator changes it), each course's
 * (its format's until a clinician changes it), and the occasions they give a course, with what is due and overdue
 * (rules and their definitions in {@link MeasureScheduleRules}; window and grace in {@link ScheduleSettings}).
 * <p>
 * Course dates come from the course's phase history: the baseline falls on the first session held, the end of the
 * initial phase on the day it entered the middle phase, the end of treatment on the day it was completed, an early
 * ending on the day it was dropped out or referred on (fallbacks for older courses: see
 * {@link org.openipt.measures.internal.ScheduleEvaluation}). Days are counted in the user's time zone, or the
 * clock's for jobs and the course page's summary.
 * <p>
 * Reads of a course's schedule and every change are audited (keys only).
 */
@Service
@Transactional
public class MeasureSchedules {

    static final CourseRecordKind COURSE_SCHEDULE = CourseRecordKind.openAfterCourse("MEASURE_COURSE_SCHEDULE");
    static final String PROTOCOL_SCHEDULE = "MEASURE_PROTOCOL_SCHEDULE";

    private final ScheduleStore store;
    private final ProtocolCatalog protocols;
    private final CourseRecordGate gate;
    private final ScheduleEvaluation evaluation;
    private final AuditTrail audit;
    private final Clock clock;
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    MeasureSchedules(ScheduleStore store, ProtocolCatalog protocols, CourseRecordGate gate,
            ScheduleEvaluation evaluation, AuditTrail audit, Clock clock) {
        this.store = store;
        this.protocols = protocols;
        this.gate = gate;
        this.evaluation = evaluation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The instruments a schedule may name: those the library can administer, in its order. */
    @Transactional(readOnly = true)
    public List<InstrumentDefinition> schedulable() {
        return library.all().stream().filter(MeasuresRules::administrable).toList();
    }

    // ----- formats

    @Transactional(readOnly = true)
    public ProtocolSchedule protocolSchedule(CurrentUser admin, ProtocolId id) {
        requireAdmin(admin);
        Protocol protocol = protocols.protocol(admin.organisationId(), id);
        return store.ofProtocol(id.value())
                .map(s -> new ProtocolSchedule(protocol, s.schedule(), false, s.version(), schedulable()))
                .orElseGet(() -> new ProtocolSchedule(protocol, DefaultSchedules.forFormat(protocol.code()), true, 0,
                        schedulable()));
    }

    public void changeProtocolSchedule(CurrentUser admin, ProtocolId id, MeasureSchedule schedule, long version) {
        requireAdmin(admin);
        Protocol protocol = protocols.protocol(admin.organisationId(), id);
        RuleViolation.throwIfAny(schedule.problems(library));
        store.saveProtocol(admin.organisationId().value(), protocol.id().value(), schedule, version, clock.instant());
        audit.record(admin, null, AuditAction.UPDATE, PROTOCOL_SCHEDULE, id,
                AuditEntry.detail("history.protocolScheduleChanged"));
    }

    // ----- courses

    /** The course's schedule and occasions as they stand today; audited as read. */
    public CourseSchedule courseSchedule(CurrentUser user, CourseId id) {
        CourseRecords course = gate.read(user, id, COURSE_SCHEDULE);
        var own = store.ofCourse(id.value());
        MeasureSchedule schedule = own.map(ScheduleStore.Stored::schedule)
                .orElseGet(() -> evaluation.scheduleOf(course.course().protocol()));
        List<Occasion> occasions = evaluation.occasionsOf(id, user.timeZone());
        course.audit(AuditAction.READ, AuditEntry.detail("history.courseScheduleRead"));
        return new CourseSchedule(course.course(), schedule, own.isPresent(),
                own.map(ScheduleStore.Stored::version).orElse(0L), occasions, course.mayChange(), schedulable());
    }

    public void changeCourseSchedule(CurrentUser user, CourseId id, MeasureSchedule schedule, long version) {
        CourseRecords course = gate.change(user, id, COURSE_SCHEDULE);
        RuleViolation.throwIfAny(schedule.problems(library));
        store.saveCourse(course.owner(), schedule, version, clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.courseScheduleChanged"));
    }

    /** The course follows its format's schedule again. */
    public void restoreCourseSchedule(CurrentUser user, CourseId id, long version) {
        CourseRecords course = gate.change(user, id, COURSE_SCHEDULE);
        store.removeCourse(id.value(), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.courseScheduleRestored"));
    }

    // ----- without a user: the course page's summary, the caseload, jobs

    /**
     * The occasions of a course today, without access checks or audit: for the course page's summary and alerts,
     * which the course module shows only after checking access.
     */
    @Transactional(readOnly = true)
    public List<Occasion> occasionsOf(CourseId id, ZoneId zone) {
        return evaluation.occasionsOf(id, zone);
    }

    /**
     * How many measures are due and overdue in each client's latest course, for the caseload (which shows only its
     * own clients): a bounded number of queries whatever the number of clients. Clients with none are left out.
     */
    @Transactional(readOnly = true)
    public Map<ClientId, WantedMeasures> wantedOfClients(OrganisationId organisation, Collection<ClientId> clients,
            ZoneId zone) {
        return evaluation.wantedOfClients(organisation, clients, zone);
    }

    /**
     * Every measure overdue on {@code day}, in every organisation, for reminders to staff (a job: no user, no audit,
     * no clinical text). Days in the clock's time zone. One entry per overdue occasion.
     */
    @Transactional(readOnly = true)
    public List<OverdueMeasure> overdueOn(LocalDate day) {
        return evaluation.overdueOn(day);
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
