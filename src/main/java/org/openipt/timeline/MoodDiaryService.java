package org.openipt.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.openipt.timeline.internal.DiaryStore;
import org.openipt.timeline.internal.TimelineStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client's mood and events diary between sessions. The client writes a day of it in the portal (one entry per
 * submission key, however often it arrives) and reads their recent days; each day is a suggestion on the course's
 * timeline until the clinician adds it as a mood rating of that day or sets it aside. Written while the course is
 * open, through the course-record gate; audited on the course without the client's words.
 */
@Service
public class MoodDiaryService {

    /** The diary closes with the course, as the timeline does; the client adds to it. */
    static final CourseRecordKind DIARY = TimelineService.TIMELINE.withClientContributions();

    /** How many of their latest days the client sees. */
    public static final int SHOWN = 30;

    private final CourseRecordGate gate;
    private final DiaryStore diary;
    private final TimelineStore timeline;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MoodDiaryService(CourseRecordGate gate, DiaryStore diary, TimelineStore timeline,
            TransactionTemplate transactions, Clock clock) {
        this.gate = gate;
        this.diary = diary;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The client writes a day of their diary; the same submission key again answers the entry it stored. */
    public UUID write(CurrentUser client, CourseId courseId, UUID submissionKey, MoodDiaryEntry written) {
        if (client.role() != Role.CLIENT) {
            throw new NotFoundException("diary");
        }
        MoodDiaryEntry entry = new MoodDiaryEntry(written.day(), written.rating(), Text.clean(written.whatHappened()),
                Text.clean(written.withWhom()));
        return Conflicts.retriedOnce(transactions, () -> {
            CourseRecords course = gate.change(client, courseId, DIARY);
            Optional<UUID> earlier = diary.written(courseId.value(), submissionKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            RuleViolation.throwIfAny(TimelineRules.diaryProblems(entry, course.course().contract().startDate(),
                    course.today()));
            UUID id = diary.write(course.owner(), entry, submissionKey, clock.instant());
            course.audit(AuditAction.CREATE, AuditEntry.detail("history.diaryWritten"));
            return id;
        });
    }

    /** The client's latest days, newest first. */
    @Transactional
    public List<DiaryEntry> recent(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, DIARY);
        course.audit(AuditAction.READ, AuditEntry.detail("history.diaryRead"));
        return diary.newest(courseId.value(), SHOWN);
    }

    /**
     * The clinician adds a suggested day to the timeline (a mood rating of that day, the diary's words stay in the
     * diary) or sets it aside. A day already decided is refused; a change meanwhile is a conflict.
     */
    @Transactional
    public void decide(CurrentUser clinician, CourseId courseId, UUID entryId, DiaryEntry.Status decision,
            long version) {
        CourseRecords course = gate.change(clinician, courseId, TimelineService.TIMELINE);
        DiaryEntry entry = diary.entry(courseId.value(), entryId);
        if (!entry.suggested()) {
            throw new RuleViolation("diary.alreadyDecided");
        }
        if (decision == DiaryEntry.Status.SUGGESTED) {
            throw new RuleViolation("diary.decision.unknown");
        }
        UUID point = null;
        if (decision == DiaryEntry.Status.ADDED) {
            point = UUID.randomUUID();
            timeline.addPoint(point, course.owner(), new MoodPointEntry(ApproximateDate.day(entry.day()),
                    entry.rating()), clock.instant());
        }
        diary.decide(courseId.value(), entryId, decision, clinician.id().value(), clock.instant(), point, version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail(decision == DiaryEntry.Status.ADDED
                ? "history.diaryAdded" : "history.diarySetAside"));
    }
}
