package org.openipt.worksheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.FormulationService;
import org.openipt.identity.CurrentUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.openipt.shared.Conflicts;
import org.openipt.identity.Role;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.Relationship;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.openipt.worksheet.internal.WorksheetStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worksheets of a course. Reads and writes go through the {@link CourseRecordGate}, writes only while the course
 * is open; a worksheet of another course is not found.
 * The links of a worksheet must name a session, a person of the inventory and a focal area of the same course.
 * Every read and write is audited with keys only, never with what the worksheet says.
 */
@Service
@Transactional
public class WorksheetService {

    static final CourseRecordKind WORKSHEET = CourseRecordKind.closedWithCourse("WORKSHEET",
            "worksheet.courseClosed");

    /** The client's own worksheets: they write their communication diary. */
    static final CourseRecordKind CLIENTS_OWN = WORKSHEET.withClientContributions();

    /** Worksheets on one page of the list. */
    public static final int PAGE_SIZE = 20;

    private final WorksheetStore store;
    private final CourseRecordGate gate;
    private final SessionService sessionService;
    private final InventoryService inventory;
    private final FormulationService formulations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WorksheetService(WorksheetStore store, CourseRecordGate gate, SessionService sessionService, InventoryService inventory,
            FormulationService formulations, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.gate = gate;
        this.sessionService = sessionService;
        this.inventory = inventory;
        this.formulations = formulations;
        this.clock = clock;
    }

    /** One page of the course's worksheets, by kind and newest first. */
    public WorksheetList worksheets(CurrentUser user, CourseId courseId, int page) {
        CourseRecords course = gate.read(user, courseId, WORKSHEET);
        var worksheets = store.page(courseId.value(), new PageRequestParams(Math.max(0, page), PAGE_SIZE));
        course.audit(AuditAction.READ, AuditEntry.detail("history.worksheetsRead", worksheets.items().size()));
        return new WorksheetList(course.course(), worksheets, course.mayChange());
    }

    public Worksheet worksheet(CurrentUser user, CourseId courseId, WorksheetId id) {
        CourseRecords course = gate.read(user, courseId, WORKSHEET);
        Worksheet worksheet = existing(courseId, id);
        course.audit(AuditAction.READ, id, AuditEntry.detail("history.worksheetRead"));
        return worksheet;
    }

    /** What a worksheet of this course may be linked to: its sessions, its inventory, its focal areas. */
    public WorksheetChoices choices(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, WORKSHEET);
        return new WorksheetChoices(sessionService.sessions(user, courseId),
                inventory.inventory(user, courseId).relationships(),
                formulations.formulation(user, courseId).focalAreas(), course.course().protocol().wording());
    }

    /** Whether the user may write worksheets of this course: the client's clinician, while the course is open. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        return gate.mayChange(user, courseId, WORKSHEET);
    }

    /** Throws {@link NotFoundException} unless the user may change the client's record; writes no audit row. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, CourseId courseId) {
        gate.requireChangeRight(user, courseId);
    }

    /**
     * Writes a new worksheet. The submission key comes from the form the person opened: sending it again (a
     * double click, a retry) answers the worksheet the first submission wrote and writes nothing more, also when the
     * two arrive at the same moment.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public WorksheetId create(CurrentUser clinician, CourseId courseId, UUID submissionKey, WorksheetDraft draft) {
        return Conflicts.submittedOnce(transactions, () -> createOnce(clinician, courseId, submissionKey, draft));
    }

    private WorksheetId createOnce(CurrentUser clinician, CourseId courseId, UUID submissionKey, WorksheetDraft draft) {
        CourseRecords course = gate.change(clinician, courseId, WORKSHEET);
        Optional<WorksheetId> earlier = store.submitted(courseId.value(), submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(clinician, courseId, draft, course.today());
        WorksheetId id = store.add(course.owner(), false, submissionKey, draft, clock.instant());
        course.audit(AuditAction.CREATE, id, AuditEntry.detail("history.worksheetCreated"));
        return id;
    }

    /** The kinds of worksheet a client prepares themself before a session (tasks are only reported on). */
    public static final Set<WorksheetType> CLIENTS_PREPARE = EnumSet.of(WorksheetType.COMMUNICATION_ANALYSIS,
            WorksheetType.DECISION_ANALYSIS, WorksheetType.ROLE_PLAY);

    /**
     * The client writes a worksheet in the portal, prepared before a session and linked to nothing: a difficult
     * conversation in the structure of a communication analysis, a decision with its options, or what they want to
     * practise in a role play. Only the client, only those kinds; once per submission key, however often it
     * arrives.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each try in a transaction of its own
    public WorksheetId writeAsClient(CurrentUser client, CourseId courseId, UUID submissionKey, WorksheetDraft draft) {
        if (client.role() != Role.CLIENT || !CLIENTS_PREPARE.contains(draft.type())
                || !draft.links().equals(WorksheetLinks.NONE)) {
            throw new NotFoundException("worksheet");
        }
        return Conflicts.retriedOnce(transactions, () -> {
            CourseRecords course = gate.change(client, courseId, CLIENTS_OWN);
            Optional<WorksheetId> earlier = store.submitted(courseId.value(), submissionKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            RuleViolation.throwIfAny(WorksheetRules.problems(draft, course.today()));
            WorksheetId id = store.add(course.owner(), true, submissionKey, draft, clock.instant());
            course.audit(AuditAction.CREATE, id, AuditEntry.detail("history.worksheetWrittenByClient"));
            return id;
        });
    }

    /** The work-at-home tasks set in the course, newest first: the portal shows them to the client. */
    public List<Worksheet> tasks(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, WORKSHEET);
        course.audit(AuditAction.READ, AuditEntry.detail("history.tasksRead"));
        return store.ofType(courseId.value(), WorksheetType.WORK_AT_HOME);
    }

    /**
     * The client says how a work-at-home task went (how far they got, and in their words), from the version they
     * read; the task's words stay as the clinician wrote them.
     */
    public void reportTask(CurrentUser client, CourseId courseId, WorksheetId id, TaskStatus status,
            @Nullable String outcome, long version) {
        if (client.role() != Role.CLIENT) {
            throw new NotFoundException("worksheet");
        }
        CourseRecords course = gate.change(client, courseId, CLIENTS_OWN);
        Worksheet worksheet = existing(courseId, id);
        if (!(worksheet.content() instanceof WorkAtHomeTask task)) {
            throw new NotFoundException("worksheet");
        }
        WorksheetDraft reported = new WorksheetDraft(worksheet.title(), worksheet.links(),
                new WorkAtHomeTask(task.description(), task.dueOn(), status, Text.clean(outcome)));
        RuleViolation.throwIfAny(WorksheetRules.problems(reported));
        store.change(courseId.value(), id.value(), version, reported, clock.instant());
        course.audit(AuditAction.UPDATE, id, AuditEntry.detail("history.taskReportedByClient"));
    }

    /**
     * The worksheets of the sessions — communication analyses, decision analyses and role plays the care team wrote
     * — newest first, for the client's portal when their clinician shares them (tasks have a page of their own).
     */
    public List<Worksheet> fromSessions(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, WORKSHEET);
        course.audit(AuditAction.READ, AuditEntry.detail("history.sessionWorksheetsRead"));
        return store.byTeamOfTypes(courseId.value(), java.util.EnumSet.of(WorksheetType.COMMUNICATION_ANALYSIS,
                WorksheetType.DECISION_ANALYSIS, WorksheetType.ROLE_PLAY));
    }

    /** The worksheets the client wrote themself, newest first (what the portal shows them of the worksheets). */
    public List<Worksheet> writtenByClient(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, WORKSHEET);
        course.audit(AuditAction.READ, AuditEntry.detail("history.clientWorksheetsRead"));
        return store.byClient(courseId.value());
    }

    /** The worksheets of one kind the client wrote themself, newest first. */
    public List<Worksheet> writtenByClient(CurrentUser user, CourseId courseId, WorksheetType type) {
        return writtenByClient(user, courseId).stream().filter(worksheet -> worksheet.type() == type).toList();
    }

    public void change(CurrentUser clinician, CourseId courseId, WorksheetId id, WorksheetDraft draft, long version) {
        CourseRecords course = gate.change(clinician, courseId, WORKSHEET);
        Worksheet before = existing(courseId, id);
        if (before.type() != draft.type()) {
            throw new RuleViolation("worksheet.type.unchangeable");
        }
        check(clinician, courseId, draft, course.today());
        store.change(courseId.value(), id.value(), version, draft, clock.instant());
        course.audit(AuditAction.UPDATE, id, AuditEntry.detail("history.worksheetChanged"));
    }

    public void delete(CurrentUser clinician, CourseId courseId, WorksheetId id, long version) {
        CourseRecords course = gate.change(clinician, courseId, WORKSHEET);
        existing(courseId, id);
        store.delete(courseId.value(), id.value(), version);
        course.audit(AuditAction.UPDATE, id, AuditEntry.detail("history.worksheetDeleted"));
    }

    private void check(CurrentUser clinician, CourseId courseId, WorksheetDraft draft, LocalDate today) {
        List<String> problems = new ArrayList<>(WorksheetRules.problems(draft, today));
        WorksheetLinks links = draft.links();
        if (links.session() != null && sessionService.sessions(clinician, courseId).stream().map(SessionView::id)
                .noneMatch(links.session()::equals)) {
            problems.add("worksheet.session.unknown");
        }
        if (links.relationship() != null && inventory.inventory(clinician, courseId).relationships().stream()
                .map(Relationship::id).noneMatch(links.relationship()::equals)) {
            problems.add("worksheet.relationship.unknown");
        }
        if (links.focalArea() != null && formulations.formulation(clinician, courseId).focalAreas().stream()
                .map(FocalArea::id).noneMatch(links.focalArea()::equals)) {
            problems.add("worksheet.focalArea.unknown");
        }
        RuleViolation.throwIfAny(problems);
    }

    private Worksheet existing(CourseId courseId, WorksheetId id) {
        return store.worksheet(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("worksheet"));
    }
}
