package org.openipt.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.SessionId;
import org.openipt.course.SessionView;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.internal.InventoryStore;
import org.openipt.inventory.internal.TimelineStore;
import org.openipt.inventory.internal.TimelineStore.Owner;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IPT timeline of a course: life events beside mood episodes and ratings, with explicit links from events to
 * the onset of the current episode. Reads go through {@link CourseService#visibleCourse}, changes through
 * {@link CourseService#changeableCourse} while the course is open; every read and write is audited on the course,
 * with a message key and never the clinical text. {@link #picture} draws the timeline for any page or document.
 */
@Service
@Transactional
public class TimelineService {

    static final String TIMELINE = "TIMELINE";

    private final TimelineStore store;
    private final InventoryStore inventory;
    private final CourseService courses;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    TimelineService(TimelineStore store, InventoryStore inventory, CourseService courses, CaseloadService caseload,
            AuditTrail audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.courses = courses;
        this.caseload = caseload;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The whole timeline of a course, each list in date order. */
    public Timeline timeline(CurrentUser user, CourseId courseId) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        record(user, course, AuditAction.READ, AuditEntry.detail("history.timelineRead"));
        return load(user, course);
    }

    /** The timeline and its picture in the reader's language, read once (one audit row). */
    public TimelineView view(CurrentUser user, CourseId courseId, Locale locale) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        record(user, course, AuditAction.READ, AuditEntry.detail("history.timelineRead"));
        Timeline timeline = load(user, course);
        return new TimelineView(timeline, draw(user, timeline, locale));
    }

    /**
     * The timeline drawn as a self-contained SVG document in the reader's language (for a page, print or a PDF).
     */
    public String picture(CurrentUser user, CourseId courseId, Locale locale) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        record(user, course, AuditAction.READ, AuditEntry.detail("history.timelinePictureRead"));
        return draw(user, load(user, course), locale);
    }

    private String draw(CurrentUser user, Timeline timeline, Locale locale) {
        return TimelinePicture.draw(timeline, today(user), locale,
                (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    /** Whether the user may change the timeline: the client's clinician, while the course is open. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        return course.phase().isOpen() && caseload.mayChange(user, course.clientId());
    }

    /** Throws {@link NotFoundException} unless the user may change the course's record; writes no audit row. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, CourseId courseId) {
        courses.changeableCourse(user, courseId);
    }

    /** The session an event is added from, to show what was said "since we last met"; only a session of this course. */
    public SessionView sessionOf(CurrentUser user, CourseId courseId, SessionId sessionId) {
        return courses.session(user, courseId, sessionId);
    }

    // ------------------------------------------------------------------------------------------------ life events

    public LifeEvent event(CurrentUser user, CourseId courseId, LifeEventId id) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        LifeEvent event = store.event(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("event"));
        record(user, course, AuditAction.READ, AuditEntry.detail("history.lifeEventRead"));
        return event;
    }

    public LifeEventId addEvent(CurrentUser clinician, CourseId courseId, LifeEventEntry entry) {
        CourseSummary course = changeable(clinician, courseId);
        check(clinician, courseId, entry);
        UUID id = store.addEvent(owner(clinician, course), entry, clock.instant());
        record(clinician, course, AuditAction.CREATE, AuditEntry.detail("history.lifeEventAdded",
                entry.people().size()));
        return new LifeEventId(id);
    }

    public void changeEvent(CurrentUser clinician, CourseId courseId, LifeEventId id, LifeEventEntry entry,
            long version) {
        CourseSummary course = changeable(clinician, courseId);
        store.event(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("event"));
        check(clinician, courseId, entry);
        store.changeEvent(courseId.value(), id.value(), version, entry);
        record(clinician, course, AuditAction.UPDATE, AuditEntry.detail("history.lifeEventChanged"));
    }

    public void removeEvent(CurrentUser clinician, CourseId courseId, LifeEventId id, long version) {
        CourseSummary course = changeable(clinician, courseId);
        store.removeEvent(courseId.value(), id.value(), version);
        record(clinician, course, AuditAction.UPDATE, AuditEntry.detail("history.lifeEventRemoved"));
    }

    // ---------------------------------------------------------------------------------------------- mood episodes

    public MoodEpisode episode(CurrentUser user, CourseId courseId, MoodEpisodeId id) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        MoodEpisode episode = store.episode(courseId.value(), id.value())
                .orElseThrow(() -> new NotFoundException("episode"));
        record(user, course, AuditAction.READ, AuditEntry.detail("history.moodEpisodeRead"));
        return episode;
    }

    public MoodEpisodeId addEpisode(CurrentUser clinician, CourseId courseId, MoodEpisodeEntry entry) {
        CourseSummary course = changeable(clinician, courseId);
        RuleViolation.throwIfAny(TimelineRules.episodeProblems(entry, today(clinician),
                store.episodes(courseId.value())));
        UUID id = store.addEpisode(owner(clinician, course), entry, clock.instant());
        record(clinician, course, AuditAction.CREATE, AuditEntry.detail("history.moodEpisodeAdded"));
        return new MoodEpisodeId(id);
    }

    public void changeEpisode(CurrentUser clinician, CourseId courseId, MoodEpisodeId id, MoodEpisodeEntry entry,
            long version) {
        CourseSummary course = changeable(clinician, courseId);
        store.episode(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("episode"));
        List<MoodEpisode> others = store.episodes(courseId.value()).stream()
                .filter(episode -> !episode.id().equals(id)).toList();
        RuleViolation.throwIfAny(TimelineRules.episodeProblems(entry, today(clinician), others));
        store.changeEpisode(courseId.value(), id.value(), version, entry);
        record(clinician, course, AuditAction.UPDATE, AuditEntry.detail("history.moodEpisodeChanged"));
    }

    public void removeEpisode(CurrentUser clinician, CourseId courseId, MoodEpisodeId id, long version) {
        CourseSummary course = changeable(clinician, courseId);
        store.removeEpisode(courseId.value(), id.value(), version);
        record(clinician, course, AuditAction.UPDATE, AuditEntry.detail("history.moodEpisodeRemoved"));
    }

    // ------------------------------------------------------------------------------------------------ mood points

    public MoodPoint point(CurrentUser user, CourseId courseId, MoodPointId id) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        MoodPoint point = store.point(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("point"));
        record(user, course, AuditAction.READ, AuditEntry.detail("history.moodPointRead"));
        return point;
    }

    public MoodPointId addPoint(CurrentUser clinician, CourseId courseId, MoodPointEntry entry) {
        CourseSummary course = changeable(clinician, courseId);
        RuleViolation.throwIfAny(TimelineRules.pointProblems(entry, today(clinician)));
        UUID id = store.addPoint(owner(clinician, course), entry, clock.instant());
        record(clinician, course, AuditAction.CREATE, AuditEntry.detail("history.moodPointAdded"));
        return new MoodPointId(id);
    }

    public void changePoint(CurrentUser clinician, CourseId courseId, MoodPointId id, MoodPointEntry entry,
            long version) {
        CourseSummary course = changeable(clinician, courseId);
        store.point(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("point"));
        RuleViolation.throwIfAny(TimelineRules.pointProblems(entry, today(clinician)));
        store.changePoint(courseId.value(), id.value(), version, entry);
        record(clinician, course, AuditAction.UPDATE, AuditEntry.detail("history.moodPointChanged"));
    }

    public void removePoint(CurrentUser clinician, CourseId courseId, MoodPointId id, long version) {
        CourseSummary course = changeable(clinician, courseId);
        store.removePoint(courseId.value(), id.value(), version);
        record(clinician, course, AuditAction.UPDATE, AuditEntry.detail("history.moodPointRemoved"));
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private Timeline load(CurrentUser user, CourseSummary course) {
        UUID courseId = course.id().value();
        Map<RelationshipId, String> people = inventory.relationshipsOf(courseId).stream()
                .collect(Collectors.toMap(Relationship::id, Relationship::alias, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        return new Timeline(course.id(), course.clientId(), store.events(courseId), store.episodes(courseId),
                store.points(courseId), people, course.phase().isOpen() && caseload.mayChange(user,
                        course.clientId()));
    }

    /** The rules of an event, the people it names (this course's inventory only) and the session it came from. */
    private void check(CurrentUser clinician, CourseId courseId, LifeEventEntry entry) {
        Set<RelationshipId> known = inventory.relationshipsOf(courseId.value()).stream().map(Relationship::id)
                .collect(Collectors.toSet());
        RuleViolation.throwIfAny(TimelineRules.eventProblems(entry, today(clinician), known));
        SessionId session = entry.sessionId();
        if (session != null) {
            courses.session(clinician, courseId, session);
        }
    }

    private CourseSummary changeable(CurrentUser clinician, CourseId courseId) {
        CourseSummary course = courses.changeableCourse(clinician, courseId);
        if (!course.phase().isOpen()) {
            throw new RuleViolation("timeline.courseClosed");
        }
        return course;
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }

    private static Owner owner(CurrentUser clinician, CourseSummary course) {
        return new Owner(clinician.organisationId().value(), course.id().value(), course.clientId().value());
    }

    private void record(CurrentUser user, CourseSummary course, AuditAction action, String detail) {
        audit.record(user, course.clientId().value(), action, TIMELINE, course.id().value(), detail);
    }
}
