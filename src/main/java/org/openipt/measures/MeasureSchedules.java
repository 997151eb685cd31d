package org.openipt.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.CourseTimeline;
import org.openipt.course.CourseTimelines;
import org.openipt.course.Phase;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.measures.ScheduleTimeline.HeldSession;
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
 * Course dates: the baseline falls on the first session held; the end of the initial phase is taken, until the
 * course keeps a history of its phase changes, as the day of the first session held after the format's initial
 * sessions once the course is past the initial phase; the end of treatment is the day of the last session held
 * once the course is completed (or in its termination phase with every contracted session held); an early ending
 * is the course's exit date. Days are counted in the user's time zone, or the clock's for jobs and summaries.
 * <p>
 * Reads of a course's schedule and every change are audited (keys only).
 */
@Service
@Transactional
public class MeasureSchedules {

    static final String COURSE_SCHEDULE = "MEASURE_COURSE_SCHEDULE";
    static final String PROTOCOL_SCHEDULE = "MEASURE_PROTOCOL_SCHEDULE";

    private final ScheduleStore store;
    private final ProtocolCatalog protocols;
    private final CourseService courses;
    private final CourseTimelines timelines;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;
    private final ScheduleSettings settings;
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    MeasureSchedules(ScheduleStore store, ProtocolCatalog protocols, CourseService courses, CourseTimelines timelines,
            CaseloadService caseload, AuditTrail audit, Clock clock, ScheduleSettings settings) {
        this.store = store;
        this.protocols = protocols;
        this.courses = courses;
        this.timelines = timelines;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
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
        audit.record(admin, null, AuditAction.UPDATE, PROTOCOL_SCHEDULE, id.value(),
                AuditEntry.detail("history.protocolScheduleChanged"));
    }

    // ----- courses

    /** The course's schedule and occasions as they stand today; audited as read. */
    public CourseSchedule courseSchedule(CurrentUser user, CourseId id) {
        CourseSummary course = courses.visibleCourse(user, id);
        var own = store.ofCourse(id.value());
        MeasureSchedule schedule = own.map(ScheduleStore.Stored::schedule)
                .orElseGet(() -> protocolScheduleOf(course.protocol(), new HashMap<>()));
        List<Occasion> occasions = timelines.of(id)
                .map(t -> occasions(t, course.protocol(), schedule,
                        store.given(Set.of(id.value()), user.timeZone()).getOrDefault(id.value(), List.of()),
                        user.timeZone()))
                .orElse(List.of());
        audit.record(user, course.clientId().value(), AuditAction.READ, COURSE_SCHEDULE, id.value(),
                AuditEntry.detail("history.courseScheduleRead"));
        return new CourseSchedule(course, schedule, own.isPresent(), own.map(ScheduleStore.Stored::version).orElse(0L),
                occasions, caseload.mayChange(user, course.clientId()), schedulable());
    }

    public void changeCourseSchedule(CurrentUser user, CourseId id, MeasureSchedule schedule, long version) {
        CourseSummary course = courses.changeableCourse(user, id);
        RuleViolation.throwIfAny(schedule.problems(library));
        store.saveCourse(user.organisationId().value(), course.clientId().value(), id.value(), schedule, version,
                clock.instant());
        audit.record(user, course.clientId().value(), AuditAction.UPDATE, COURSE_SCHEDULE, id.value(),
                AuditEntry.detail("history.courseScheduleChanged"));
    }

    /** The course follows its format's schedule again. */
    public void restoreCourseSchedule(CurrentUser user, CourseId id, long version) {
        CourseSummary course = courses.changeableCourse(user, id);
        store.removeCourse(id.value(), version);
        audit.record(user, course.clientId().value(), AuditAction.UPDATE, COURSE_SCHEDULE, id.value(),
                AuditEntry.detail("history.courseScheduleRestored"));
    }

    // ----- without a user: the course page's summary, the caseload, jobs

    /**
     * The occasions of a course today, in the clock's time zone, without access checks or audit: for the course
     * page's summary and alerts, which the course module shows only after checking access.
     */
    @Transactional(readOnly = true)
    public List<Occasion> occasionsOf(CourseId id, ZoneId zone) {
        return timelines.of(id).map(t -> evaluate(List.of(t), zone).getOrDefault(t.courseId(), List.of()))
                .orElse(List.of());
    }

    /**
     * How many measures are due and overdue in each client's latest course, for the caseload (which shows only its
     * own clients): a bounded number of queries whatever the number of clients. Clients with none are left out.
     */
    @Transactional(readOnly = true)
    public Map<ClientId, WantedMeasures> wantedOfClients(OrganisationId organisation, Collection<ClientId> clients,
            ZoneId zone) {
        List<CourseTimeline> latest = timelines.latestOfClients(organisation, clients);
        Map<CourseId, List<Occasion>> occasions = evaluate(latest, zone);
        Map<ClientId, WantedMeasures> wanted = new HashMap<>();
        for (CourseTimeline course : latest) {
            List<Occasion> list = occasions.getOrDefault(course.courseId(), List.of());
            int due = (int) list.stream().filter(o -> o.status() == OccasionStatus.DUE).count();
            int overdue = (int) list.stream().filter(o -> o.status() == OccasionStatus.OVERDUE).count();
            if (due + overdue > 0) {
                wanted.put(course.clientId(), new WantedMeasures(due, overdue));
            }
        }
        return wanted;
    }

    /**
     * Every measure overdue on {@code day}, in every organisation, for reminders to staff (a job: no user, no audit).
     * Days in the clock's time zone. Sorted by organisation, course and due day.
     */
    @Transactional(readOnly = true)
    public List<OverdueMeasure> overdueOn(LocalDate day) {
        List<CourseTimeline> begun = timelines.begun();
        Map<CourseId, List<Occasion>> occasions = evaluate(begun, clock.getZone(), day);
        List<OverdueMeasure> overdue = new ArrayList<>();
        for (CourseTimeline course : begun) {
            for (Occasion o : occasions.getOrDefault(course.courseId(), List.of())) {
                if (o.status() == OccasionStatus.OVERDUE) {
                    overdue.add(new OverdueMeasure(course.organisationId(), course.courseId(), course.clientId(),
                            o.instrumentId(), o.key(), java.util.Objects.requireNonNull(o.dueOn())));
                }
            }
        }
        return overdue;
    }

    private Map<CourseId, List<Occasion>> evaluate(List<CourseTimeline> courses, ZoneId zone) {
        return evaluate(courses, zone, LocalDate.now(clock.withZone(zone)));
    }

    private Map<CourseId, List<Occasion>> evaluate(List<CourseTimeline> courses, ZoneId zone, LocalDate today) {
        if (courses.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = courses.stream().map(c -> c.courseId().value()).collect(Collectors.toSet());
        Map<UUID, MeasureSchedule> own = store.ofCourses(ids);
        Map<UUID, List<GivenMeasure>> given = store.given(ids, zone);
        Map<UUID, Protocol> protocolsById = new HashMap<>();
        Map<UUID, MeasureSchedule> protocolSchedules = new HashMap<>();
        Map<CourseId, List<Occasion>> result = new HashMap<>();
        for (CourseTimeline course : courses) {
            Protocol protocol = protocolsById.computeIfAbsent(course.protocolId().value(),
                    p -> protocols.protocol(course.organisationId(), course.protocolId()));
            MeasureSchedule schedule = own.get(course.courseId().value());
            if (schedule == null) {
                schedule = protocolScheduleOf(protocol, protocolSchedules);
            }
            result.put(course.courseId(), MeasureScheduleRules.occasions(schedule, timeline(course, protocol, zone),
                    given.getOrDefault(course.courseId().value(), List.of()), today, settings));
        }
        return result;
    }

    private List<Occasion> occasions(CourseTimeline course, Protocol protocol, MeasureSchedule schedule,
            List<GivenMeasure> given, ZoneId zone) {
        return MeasureScheduleRules.occasions(schedule, timeline(course, protocol, zone), given,
                LocalDate.now(clock.withZone(zone)), settings);
    }

    private MeasureSchedule protocolScheduleOf(Protocol protocol, Map<UUID, MeasureSchedule> cache) {
        return cache.computeIfAbsent(protocol.id().value(), p -> store.ofProtocol(p)
                .map(ScheduleStore.Stored::schedule).orElseGet(() -> DefaultSchedules.forFormat(protocol.code())));
    }

    /** The dates the rules need, from what the course module holds (see the class comment). */
    static ScheduleTimeline timeline(CourseTimeline course, Protocol protocol, ZoneId zone) {
        List<HeldSession> sessions = course.sessionsHeld().stream().map(s -> new HeldSession(s.number(),
                s.id().value(), s.when().atZone(zone).toLocalDate())).toList();
        Phase phase = course.phase();
        @Nullable LocalDate last = sessions.isEmpty() ? null : sessions.getLast().day();
        boolean exited = phase == Phase.DROPPED_OUT || phase == Phase.REFERRED_ON;
        boolean pastInitial = phase == Phase.MIDDLE || phase == Phase.TERMINATION || phase == Phase.COMPLETED
                || exited;
        int initial = protocol.settings().initialPhaseSessions();
        LocalDate initialEnded = pastInitial && sessions.size() > initial ? sessions.get(initial).day() : null;
        LocalDate treatmentEnded = null;
        if (phase == Phase.COMPLETED || phase == Phase.TERMINATION && sessions.size() >= course.contractedSessions()
                && !sessions.isEmpty()) {
            treatmentEnded = last == null ? course.startDate() : last;
        }
        LocalDate exitedOn = null;
        if (exited) {
            exitedOn = course.exitDate() != null ? course.exitDate() : last != null ? last : course.startDate();
        }
        return new ScheduleTimeline(phase != Phase.REFERRED, course.startDate(), sessions, initialEnded,
                treatmentEnded, exitedOn);
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
