package org.openipt.measures.internal;

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
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.CourseDates;
import org.openipt.course.CourseDatesService;
import org.openipt.course.Phase;
import org.openipt.identity.OrganisationId;
import org.openipt.measures.DefaultSchedules;
import org.openipt.measures.GivenMeasure;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.MeasureScheduleRules;
import org.openipt.measures.Occasion;
import org.openipt.measures.OccasionStatus;
import org.openipt.measures.OverdueMeasure;
import org.openipt.measures.ScheduleSettings;
import org.openipt.measures.ScheduleTimeline;
import org.openipt.measures.ScheduleTimeline.HeldSession;
import org.openipt.measures.WantedMeasures;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MeasureScheduleRules} on courses, in bulk: the schedule of each (its own, else its format's stored
 * one, else the format's default), its dates from {@link CourseDatesService} and its complete responses. No access
 * checks and no audit: callers show results only where access was checked (and must not depend on the course
 * facade, which calls the course page's providers).
 * <p>
 * Dates from the course's phase history: the end of the initial phase is the day it entered the middle phase; the
 * end of treatment the day it was completed (a course still in its termination phase with every contracted session
 * held: the day of its last session); an early ending the day it was dropped out or referred on. Courses moved
 * before the history existed fall back on what the course holds: the first session held after the format's
 * initial sessions, the last session held, the exit date.
 */
@Component
public class ScheduleEvaluation {

    private final ScheduleStore store;
    private final ProtocolCatalog protocols;
    private final CourseDatesService courseDates;
    private final Clock clock;
    private final ScheduleSettings settings;

    ScheduleEvaluation(ScheduleStore store, ProtocolCatalog protocols, CourseDatesService courseDates, Clock clock,
            ScheduleSettings settings) {
        this.store = store;
        this.protocols = protocols;
        this.courseDates = courseDates;
        this.clock = clock;
        this.settings = settings;
    }

    /** The format's schedule: stored if its administrator changed it, else its default. */
    public MeasureSchedule scheduleOf(Protocol protocol) {
        return store.ofProtocol(protocol.id().value()).map(ScheduleStore.Stored::schedule)
                .orElseGet(() -> DefaultSchedules.forFormat(protocol.code()));
    }

    public List<Occasion> occasionsOf(CourseId id, ZoneId zone) {
        return courseDates.of(id).map(t -> evaluate(List.of(t), zone).getOrDefault(t.courseId(), List.of()))
                .orElse(List.of());
    }

    /**
     * How many measures are due and overdue in each client's latest course, for the caseload (which shows only its
     * own clients): a bounded number of queries whatever the number of clients. Clients with none are left out.
     */
    public Map<ClientId, WantedMeasures> wantedOfClients(OrganisationId organisation, Collection<ClientId> clients,
            ZoneId zone) {
        List<CourseDates> latest = courseDates.latestOfClients(organisation, clients);
        Map<CourseId, List<Occasion>> occasions = evaluate(latest, zone);
        Map<ClientId, WantedMeasures> wanted = new HashMap<>();
        for (CourseDates course : latest) {
            List<Occasion> list = occasions.getOrDefault(course.courseId(), List.of());
            int due = (int) list.stream().filter(o -> o.status() == OccasionStatus.DUE).count();
            int overdue = (int) list.stream().filter(o -> o.status() == OccasionStatus.OVERDUE).count();
            if (due + overdue > 0) {
                wanted.put(course.clientId(), new WantedMeasures(course.courseId(), due, overdue));
            }
        }
        return wanted;
    }

    /**
     * Every measure overdue on {@code day}, in every organisation, for reminders to staff (a job: no user, no audit).
     * Days in the clock's time zone. Sorted by organisation, course and due day.
     */
    public List<OverdueMeasure> overdueOn(LocalDate day) {
        List<CourseDates> begun = courseDates.begun();
        Map<CourseId, List<Occasion>> occasions = evaluate(begun, clock.getZone(), day);
        List<OverdueMeasure> overdue = new ArrayList<>();
        for (CourseDates course : begun) {
            for (Occasion o : occasions.getOrDefault(course.courseId(), List.of())) {
                if (o.status() == OccasionStatus.OVERDUE) {
                    overdue.add(new OverdueMeasure(course.organisationId(), course.courseId(), course.clientId(),
                            o.instrumentId(), o.key(), java.util.Objects.requireNonNull(o.dueOn())));
                }
            }
        }
        return overdue;
    }

    private Map<CourseId, List<Occasion>> evaluate(List<CourseDates> courses, ZoneId zone) {
        return evaluate(courses, zone, LocalDate.now(clock.withZone(zone)));
    }

    private Map<CourseId, List<Occasion>> evaluate(List<CourseDates> courses, ZoneId zone, LocalDate today) {
        if (courses.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = courses.stream().map(c -> c.courseId().value()).collect(Collectors.toSet());
        Map<UUID, MeasureSchedule> own = store.ofCourses(ids);
        Map<UUID, List<GivenMeasure>> given = store.given(ids, zone);
        Map<UUID, Protocol> protocolsById = new HashMap<>();
        Map<UUID, MeasureSchedule> protocolSchedules = new HashMap<>();
        Map<CourseId, List<Occasion>> result = new HashMap<>();
        for (CourseDates course : courses) {
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

    private MeasureSchedule protocolScheduleOf(Protocol protocol, Map<UUID, MeasureSchedule> cache) {
        return cache.computeIfAbsent(protocol.id().value(), p -> store.ofProtocol(p)
                .map(ScheduleStore.Stored::schedule).orElseGet(() -> DefaultSchedules.forFormat(protocol.code())));
    }

    /** The dates the rules need, from what the course module holds (see the class comment). */
    public static ScheduleTimeline timeline(CourseDates course, Protocol protocol, ZoneId zone) {
        List<HeldSession> sessions = course.sessionsHeld().stream().map(s -> new HeldSession(s.number(),
                s.id().value(), s.when().atZone(zone).toLocalDate())).toList();
        Phase phase = course.phase();
        @Nullable LocalDate last = sessions.isEmpty() ? null : sessions.getLast().day();
        boolean exited = phase == Phase.DROPPED_OUT || phase == Phase.REFERRED_ON;
        boolean pastInitial = phase == Phase.MIDDLE || phase == Phase.TERMINATION || phase == Phase.COMPLETED
                || exited;
        int initial = protocol.settings().initialPhaseSessions();
        LocalDate initialEnded = course.entered(Phase.MIDDLE).orElse(
                pastInitial && sessions.size() > initial ? sessions.get(initial).day() : null);
        LocalDate treatmentEnded = null;
        if (phase == Phase.COMPLETED) {
            treatmentEnded = course.entered(Phase.COMPLETED).orElse(last == null ? course.startDate() : last);
        }
        else if (phase == Phase.TERMINATION && last != null && sessions.size() >= course.contractedSessions()) {
            treatmentEnded = last;
        }
        LocalDate exitedOn = null;
        if (exited) {
            exitedOn = course.entered(phase).orElse(
                    course.exitDate() != null ? course.exitDate() : last != null ? last : course.startDate());
        }
        return new ScheduleTimeline(phase != Phase.REFERRED, course.startDate(), sessions, initialEnded,
                treatmentEnded, exitedOn);
    }
}
