package org.openipt.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.course.SessionId;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.Relationship;
import org.openipt.inventory.RelationshipId;
import org.openipt.timeline.internal.TimelinePicture;
import org.openipt.timeline.internal.DiaryStore;
import org.openipt.timeline.internal.TimelineStore;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The IPT timeline of a course: life events beside mood episodes and ratings, with explicit links from events to
 * the onset of the current episode. Reads and changes go through the {@link CourseRecordGate}, changes only while
 * the course is open; every read and write is audited on the course,
 * with a message key and never the clinical text. {@link #picture} draws the timeline for any page or document.
 */
@Service
@Transactional
public class TimelineService {

    static final CourseRecordKind TIMELINE = CourseRecordKind.closedWithCourse("TIMELINE", "timeline.courseClosed");

    private final TimelineStore store;
    private final DiaryStore diary;
    private final InventoryService inventory;
    private final CourseRecordGate gate;
    private final SessionService sessionService;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TimelineService(TimelineStore store, DiaryStore diary, InventoryService inventory, CourseRecordGate gate,
            SessionService sessionService, MessageSource messages, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.diary = diary;
        this.inventory = inventory;
        this.gate = gate;
        this.sessionService = sessionService;
        this.messages = messages;
        this.clock = clock;
    }

    /** The whole timeline of a course, each list in date order. */
    public Timeline timeline(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, TIMELINE);
        course.audit(AuditAction.READ, AuditEntry.detail("history.timelineRead"));
        return load(course);
    }

    /** The timeline and its picture in the reader's language, read once (one audit row). */
    public TimelineView view(CurrentUser user, CourseId courseId, Locale locale) {
        CourseRecords course = gate.read(user, courseId, TIMELINE);
        course.audit(AuditAction.READ, AuditEntry.detail("history.timelineRead"));
        Timeline timeline = load(course);
        return new TimelineView(timeline, draw(course, timeline, locale), diary.suggestions(courseId.value()));
    }

    /**
     * The timeline drawn as a self-contained SVG document in the reader's language (for a page, print or a PDF).
     */
    public String picture(CurrentUser user, CourseId courseId, Locale locale) {
        CourseRecords course = gate.read(user, courseId, TIMELINE);
        course.audit(AuditAction.READ, AuditEntry.detail("history.timelinePictureRead"));
        return draw(course, load(course), locale);
    }

    private String draw(CourseRecords course, Timeline timeline, Locale locale) {
        return TimelinePicture.draw(timeline, course.today(), course.course().contract().startDate(), locale,
                (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    /** Whether the user may change the timeline: the client's clinician, while the course is open. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        return gate.mayChange(user, courseId, TIMELINE);
    }

    /** Throws {@link NotFoundException} unless the user may change the course's record; writes no audit row. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, CourseId courseId) {
        gate.requireChangeRight(user, courseId);
    }

    /** The session an event is added from, to show what was said "since we last met"; only a session of this course. */
    public SessionView sessionOf(CurrentUser user, CourseId courseId, SessionId sessionId) {
        return sessionService.session(user, courseId, sessionId);
    }

    // ------------------------------------------------------------------------------------------------ life events

    public LifeEvent event(CurrentUser user, CourseId courseId, LifeEventId id) {
        CourseRecords course = gate.read(user, courseId, TIMELINE);
        LifeEvent event = store.event(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("event"));
        course.audit(AuditAction.READ, AuditEntry.detail("history.lifeEventRead"));
        return event;
    }

    public LifeEventId addEvent(CurrentUser clinician, CourseId courseId, LifeEventEntry entry) {
        return addEvent(clinician, courseId, UUID.randomUUID(), entry);
    }

    /**
     * Adds a life event under the form's submission key, once: the same form sent twice, or two sends racing, give
     * the one event (the key is its id).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LifeEventId addEvent(CurrentUser clinician, CourseId courseId, UUID submissionKey, LifeEventEntry entry) {
        return Conflicts.submittedOnce(transactions, () -> {
            CourseRecords course = gate.change(clinician, courseId, TIMELINE);
            check(clinician, course, entry);
            if (store.addEvent(submissionKey, course.owner(), entry, clock.instant())) {
                course.audit(AuditAction.CREATE, AuditEntry.detail("history.lifeEventAdded", entry.people().size()));
            }
            return new LifeEventId(submissionKey);
        });
    }

    public void changeEvent(CurrentUser clinician, CourseId courseId, LifeEventId id, LifeEventEntry entry,
            long version) {
        CourseRecords course = gate.change(clinician, courseId, TIMELINE);
        store.event(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("event"));
        check(clinician, course, entry);
        store.changeEvent(courseId.value(), id.value(), version, entry);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.lifeEventChanged"));
    }

    public void removeEvent(CurrentUser clinician, CourseId courseId, LifeEventId id, long version) {
        CourseRecords course = gate.change(clinician, courseId, TIMELINE);
        store.removeEvent(courseId.value(), id.value(), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.lifeEventRemoved"));
    }

    // ---------------------------------------------------------------------------------------------- mood episodes

    public MoodEpisode episode(CurrentUser user, CourseId courseId, MoodEpisodeId id) {
        CourseRecords course = gate.read(user, courseId, TIMELINE);
        MoodEpisode episode = store.episode(courseId.value(), id.value())
                .orElseThrow(() -> new NotFoundException("episode"));
        course.audit(AuditAction.READ, AuditEntry.detail("history.moodEpisodeRead"));
        return episode;
    }

    public MoodEpisodeId addEpisode(CurrentUser clinician, CourseId courseId, MoodEpisodeEntry entry) {
        return addEpisode(clinician, courseId, UUID.randomUUID(), entry);
    }

    /** Adds a mood episode under the form's submission key, once (see {@link #addEvent}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public MoodEpisodeId addEpisode(CurrentUser clinician, CourseId courseId, UUID submissionKey,
            MoodEpisodeEntry entry) {
        return Conflicts.submittedOnce(transactions, () -> {
            CourseRecords course = gate.change(clinician, courseId, TIMELINE);
            List<MoodEpisode> others = store.episodes(courseId.value()).stream()
                    .filter(episode -> !episode.id().value().equals(submissionKey)).toList();
            RuleViolation.throwIfAny(TimelineRules.episodeProblems(entry, course.today(), others));
            if (store.addEpisode(submissionKey, course.owner(), entry, clock.instant())) {
                course.audit(AuditAction.CREATE, AuditEntry.detail("history.moodEpisodeAdded"));
            }
            return new MoodEpisodeId(submissionKey);
        });
    }

    public void changeEpisode(CurrentUser clinician, CourseId courseId, MoodEpisodeId id, MoodEpisodeEntry entry,
            long version) {
        CourseRecords course = gate.change(clinician, courseId, TIMELINE);
        store.episode(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("episode"));
        List<MoodEpisode> others = store.episodes(courseId.value()).stream()
                .filter(episode -> !episode.id().equals(id)).toList();
        RuleViolation.throwIfAny(TimelineRules.episodeProblems(entry, course.today(), others));
        store.changeEpisode(courseId.value(), id.value(), version, entry);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.moodEpisodeChanged"));
    }

    public void removeEpisode(CurrentUser clinician, CourseId courseId, MoodEpisodeId id, long version) {
        CourseRecords course = gate.change(clinician, courseId, TIMELINE);
        store.removeEpisode(courseId.value(), id.value(), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.moodEpisodeRemoved"));
    }

    // ------------------------------------------------------------------------------------------------ mood points

    public MoodPoint point(CurrentUser user, CourseId courseId, MoodPointId id) {
        CourseRecords course = gate.read(user, courseId, TIMELINE);
        MoodPoint point = store.point(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("point"));
        course.audit(AuditAction.READ, AuditEntry.detail("history.moodPointRead"));
        return point;
    }

    public MoodPointId addPoint(CurrentUser clinician, CourseId courseId, MoodPointEntry entry) {
        return addPoint(clinician, courseId, UUID.randomUUID(), entry);
    }

    /** Adds a mood rating under the form's submission key, once (see {@link #addEvent}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public MoodPointId addPoint(CurrentUser clinician, CourseId courseId, UUID submissionKey, MoodPointEntry entry) {
        return Conflicts.submittedOnce(transactions, () -> {
            CourseRecords course = gate.change(clinician, courseId, TIMELINE);
            RuleViolation.throwIfAny(TimelineRules.pointProblems(entry, course.today()));
            if (store.addPoint(submissionKey, course.owner(), entry, clock.instant())) {
                course.audit(AuditAction.CREATE, AuditEntry.detail("history.moodPointAdded"));
            }
            return new MoodPointId(submissionKey);
        });
    }

    public void changePoint(CurrentUser clinician, CourseId courseId, MoodPointId id, MoodPointEntry entry,
            long version) {
        CourseRecords course = gate.change(clinician, courseId, TIMELINE);
        store.point(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("point"));
        RuleViolation.throwIfAny(TimelineRules.pointProblems(entry, course.today()));
        store.changePoint(courseId.value(), id.value(), version, entry);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.moodPointChanged"));
    }

    public void removePoint(CurrentUser clinician, CourseId courseId, MoodPointId id, long version) {
        CourseRecords course = gate.change(clinician, courseId, TIMELINE);
        store.removePoint(courseId.value(), id.value(), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.moodPointRemoved"));
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private Timeline load(CourseRecords course) {
        UUID courseId = course.courseId().value();
        Map<RelationshipId, String> people = inventory.peopleOf(course).stream()
                .collect(Collectors.toMap(Relationship::id, Relationship::alias, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        return new Timeline(course.courseId(), course.clientId(), store.events(courseId), store.episodes(courseId),
                store.points(courseId), people, course.mayChange());
    }

    /** The rules of an event, the people it names (this course's inventory only) and the session it came from. */
    private void check(CurrentUser clinician, CourseRecords course, LifeEventEntry entry) {
        CourseId courseId = course.courseId();
        Set<RelationshipId> known = inventory.peopleOf(course).stream().map(Relationship::id)
                .collect(Collectors.toSet());
        RuleViolation.throwIfAny(TimelineRules.eventProblems(entry, course.today(), known));
        SessionId session = entry.sessionId();
        if (session != null) {
            sessionService.session(clinician, courseId, session);
        }
    }
}
