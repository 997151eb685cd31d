package org.openipt.measures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecords;
import org.openipt.course.SessionId;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.measures.internal.DraftStore;
import org.openipt.measures.internal.ResponseStore;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The questionnaires a client fills in themself in the portal, one question at a time. What they may fill in is what
 * the course's measurement schedule wants now, of the questionnaires a client answers about themself (a clinician's
 * rating never appears). Every answer is kept as it is given, so nothing is lost when they stop or their session
 * ends; sending stores one response under the draft's key however often it arrives. A risk answer is not kept
 * waiting for the client to send: the response is stored at once, and with it the team's risk event.
 * <p>
 * Only the client reaches these, and only for their own course ({@link CourseRecordGate}); each step is audited.
 */
@Service
public class SelfReportService {

    private final CourseRecordGate gate;
    private final MeasureSchedules schedules;
    private final MeasuresService measures;
    private final DraftStore drafts;
    private final ResponseStore responses;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    SelfReportService(CourseRecordGate gate, MeasureSchedules schedules, MeasuresService measures, DraftStore drafts,
            ResponseStore responses, TransactionTemplate transactions, Clock clock) {
        this.gate = gate;
        this.schedules = schedules;
        this.measures = measures;
        this.drafts = drafts;
        this.responses = responses;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What the client may fill in now, one line per questionnaire in the schedule's order, then any they started
     * while it was wanted and have not sent yet.
     */
    @Transactional
    public List<SelfReportDue> due(CurrentUser client, CourseId courseId) {
        CourseRecords course = gate.read(requireClient(client), courseId, MeasuresService.SELF_REPORT);
        Set<String> started = drafts.started(courseId);
        Map<String, SelfReportDue> due = new LinkedHashMap<>();
        for (Occasion occasion : wanted(client, courseId)) {
            due.putIfAbsent(occasion.instrumentId(), new SelfReportDue(occasion.instrumentId(),
                    library.definition(occasion.instrumentId()).title(), occasion.dueOn(),
                    occasion.status() == OccasionStatus.OVERDUE, started.contains(occasion.instrumentId())));
        }
        started.stream().filter(id -> !due.containsKey(id)).sorted().forEach(id -> due.put(id,
                new SelfReportDue(id, library.definition(id).title(), null, false, true)));
        course.audit(AuditAction.READ, AuditEntry.detail("history.selfReportsListed", due.size()));
        return new ArrayList<>(due.values());
    }

    /**
     * The questionnaire as the client left it, or — when they have not started it and the schedule wants it — as it
     * starts (nothing is stored until the first answer). Anything else is not found.
     */
    @Transactional
    public SelfReportDraft draft(CurrentUser client, CourseId courseId, String instrumentId) {
        CourseRecords course = gate.read(requireClient(client), courseId, MeasuresService.SELF_REPORT);
        InstrumentDefinition instrument = selfReport(instrumentId);
        SelfReportDraft draft = drafts.draft(courseId, instrument).orElseGet(() -> new SelfReportDraft(courseId,
                instrument, occasionSession(client, courseId, instrument), UUID.randomUUID(), Map.of(),
                clock.instant()));
        course.audit(AuditAction.READ, AuditEntry.detail("history.selfReportRead"));
        return draft;
    }

    /** Keeps the answer to question {@code number}; a risk answer sends the response at once. */
    public SelfReportStep answer(CurrentUser client, CourseId courseId, String instrumentId, int number,
            @Nullable String answerCode) {
        requireClient(client);
        return Conflicts.retriedOnce(transactions, () -> {
            CourseRecords course = gate.change(client, courseId, MeasuresService.SELF_REPORT);
            InstrumentDefinition instrument = selfReport(instrumentId);
            SelfReportDraft draft = drafts.draft(courseId, instrument).orElseGet(() -> {
                course.audit(AuditAction.CREATE, AuditEntry.detail("history.selfReportStarted"));
                return drafts.start(course.owner(), instrument, occasionSession(client, courseId, instrument),
                        clock.instant());
            });
            SelfReportDraft saved = drafts.save(draft.answered(number, answerCode), clock.instant());
            course.audit(AuditAction.UPDATE, AuditEntry.detail("history.selfReportAnswered", number));
            if (saved.riskAnswerTo(number)) {
                return new SelfReportStep.SentForRisk(send(course, client, saved));
            }
            return new SelfReportStep.Saved(saved);
        });
    }

    /**
     * Sends the answers kept under this key as the client's response. Sending the same key again (a double tap, a
     * retry, the back button) answers the response the first one stored.
     */
    public ResponseId submit(CurrentUser client, CourseId courseId, String instrumentId, UUID submissionKey) {
        requireClient(client);
        return Conflicts.retriedOnce(transactions, () -> {
            CourseRecords course = gate.change(client, courseId, MeasuresService.SELF_REPORT);
            Optional<ResponseId> earlier = responses.submitted(courseId.value(), submissionKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            SelfReportDraft draft = drafts.draft(courseId, selfReport(instrumentId))
                    .filter(kept -> kept.submissionKey().equals(submissionKey)).orElse(null);
            if (draft == null) {
                // a twin submission may have sent it and removed the draft between the two reads: its response
                return responses.submitted(courseId.value(), submissionKey)
                        .orElseThrow(() -> new NotFoundException("questionnaire"));
            }
            if (draft.answers().isEmpty()) {
                throw new RuleViolation("selfReport.nothingAnswered");
            }
            return send(course, client, draft);
        });
    }

    private ResponseId send(CourseRecords course, CurrentUser client, SelfReportDraft draft) {
        ResponseId id = measures.selfReported(course, client, draft.submissionKey(),
                new Administration(draft.instrument().id(), draft.answers(), draft.session()));
        drafts.remove(draft);
        return id;
    }

    private InstrumentDefinition selfReport(String instrumentId) {
        return library.find(instrumentId).filter(MeasuresRules::selfReport)
                .orElseThrow(() -> new NotFoundException("questionnaire"));
    }

    /**
     * Whether the course's schedule wants a questionnaire from the client now, for reminders (a job: no user, no
     * audit; the reminder does not name the questionnaire).
     */
    @Transactional(readOnly = true)
    public boolean anyWanted(CourseId courseId, java.time.ZoneId zone) {
        return !wanted(zone, courseId).isEmpty();
    }

    private List<Occasion> wanted(CurrentUser client, CourseId courseId) {
        return wanted(client.timeZone(), courseId);
    }

    private List<Occasion> wanted(java.time.ZoneId zone, CourseId courseId) {
        return MeasureScheduleRules.wanted(schedules.occasionsOf(courseId, zone)).stream()
                .filter(occasion -> library.find(occasion.instrumentId()).filter(MeasuresRules::selfReport).isPresent())
                .toList();
    }

    /** The session of the latest occasion that wants the questionnaire now; not found when none does. */
    private @Nullable SessionId occasionSession(CurrentUser client, CourseId courseId, InstrumentDefinition instrument) {
        Occasion occasion = wanted(client, courseId).stream()
                .filter(wanted -> wanted.instrumentId().equals(instrument.id())).reduce((first, later) -> later)
                .orElseThrow(() -> new NotFoundException("questionnaire"));
        return occasion.sessionId() == null ? null : new SessionId(occasion.sessionId());
    }

    private static CurrentUser requireClient(CurrentUser user) {
        if (user.role() != Role.CLIENT) {
            throw new NotFoundException("questionnaire");
        }
        return user;
    }
}
