package org.openipt.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecords;
import org.openipt.course.CourseSummary;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.internal.TrajectoryChart;
import org.openipt.shared.svg.PictureLabels;
import org.openipt.timeline.TimelineService;
import org.openipt.measures.internal.ResponseStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a course is going by its questionnaires: each instrument's trajectory chart (with the timeline's life events
 * as annotations) and outcomes, the course outcome and the "not on track" check, by the named rules of
 * {@link OutcomeRules}.
 */
@Service
@Transactional(readOnly = true)
public class OutcomesService {

    private final ResponseStore store;
    private final CourseRecordGate gate;
    private final SessionService sessionService;
    private final TimelineService timelines;
    private final OutcomeRules rules;
    private final MessageSource messages;
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    OutcomesService(ResponseStore store, CourseRecordGate gate, SessionService sessionService, TimelineService timelines,
            OutcomeSettings settings, MessageSource messages) {
        this.store = store;
        this.gate = gate;
        this.sessionService = sessionService;
        this.timelines = timelines;
        this.rules = new OutcomeRules(settings);
        this.messages = messages;
    }

    /**
     * One instrument's outcome in each of these courses, by the same rules as a course's own page, in one statement
     * whatever their number: for a page over many courses (a group's members). The caller has established that the
     * user may read every one of these courses and audits the read.
     */
    @Transactional(readOnly = true)
    public Map<CourseId, InstrumentOutcome> outcomesOf(java.util.Collection<CourseId> courses, String instrumentId,
            java.time.ZoneId zone) {
        Map<UUID, List<MeasurePoint>> points = store.points(courses.stream().map(CourseId::value).toList(),
                instrumentId, zone);
        Map<CourseId, InstrumentOutcome> outcomes = new java.util.LinkedHashMap<>();
        courses.forEach(course -> outcomes.put(course, rules.instrument(instrumentId,
                points.getOrDefault(course.value(), List.of()))));
        return outcomes;
    }

    @Transactional
    public MeasuresProgress progress(CurrentUser user, CourseId courseId, Locale locale) {
        return progress(user, courseId, locale, true);
    }

    /**
     * How the course is going, with the timeline's life events on the charts or without them (the client's portal
     * shows them only when the clinician shared the timeline).
     */
    @Transactional
    public MeasuresProgress progress(CurrentUser user, CourseId courseId, Locale locale, boolean withLifeEvents) {
        CourseRecords records = gate.read(user, courseId, MeasuresService.RESPONSE);
        CourseSummary course = records.course();
        Map<UUID, Integer> sessionNumbers = sessionService.sessions(user, courseId).stream()
                .filter(session -> session.number() != null)
                .collect(Collectors.toMap(session -> session.id().value(), SessionView::number));
        Map<String, List<MeasurePoint>> byInstrument = store.trajectories(courseId.value(), user.timeZone(),
                sessionNumbers);
        List<TrajectoryChart.Annotation> events = !withLifeEvents ? List.of()
                : timelines.timeline(user, courseId).events().stream()
                .map(event -> new TrajectoryChart.Annotation(event.when().date(),
                        text(locale, "timeline.type." + event.entry().type())))
                .toList();
        List<TrajectoryChart.PhaseChange> phases = course.phaseHistory().stream()
                .map(entered -> new TrajectoryChart.PhaseChange(entered.on(), entered.phase())).toList();
        PictureLabels labels = (key, arguments) -> text(locale, key, arguments);
        List<MeasuresProgress.Trajectory> trajectories = new ArrayList<>();
        byInstrument.forEach((instrumentId, points) -> {
            InstrumentDefinition instrument = library.definition(instrumentId);
            trajectories.add(new MeasuresProgress.Trajectory(instrument, rules.instrument(instrumentId, points),
                    TrajectoryChart.draw(instrument, points, phases, events, locale, labels),
                    TrajectoryChart.draw(instrument, points, phases, events, locale, labels,
                            TrajectoryChart.NARROW_WIDTH),
                    TrajectoryChart.rows(instrument, points, phases, events)));
        });
        CourseOutcome outcome = rules.course(byInstrument, course.progress().sessionsHeld());
        NotOnTrack notOnTrack = course.phase().isOpen() ? rules.notOnTrack(outcome, course.progress().sessionsHeld(),
                course.progress().contractedSessions()).orElse(null) : null;
        records.audit(AuditAction.READ, AuditEntry.detail("history.outcomesRead"));
        return new MeasuresProgress(trajectories, outcome, notOnTrack);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return Objects.requireNonNull(messages.getMessage(key, arguments, locale));
    }
}
