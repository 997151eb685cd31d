package org.openipt.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.measures.RiskAnswersRecorded;
import org.openipt.safety.internal.RiskEventStore;
import org.openipt.safety.internal.RiskEventStore.Row;
import org.openipt.safety.internal.RiskEventStore.Unacknowledged;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk events: opened by a risk answer (in the transaction that stores the response) or by hand, taken through
 * their lifecycle by the responsible clinician (a supervisor may acknowledge and assess), escalated when left
 * unacknowledged. Every read and step is audited with keys only; the assessment and notes stay in the event.
 */
@Service
@Transactional
public class RiskEventService {

    static final CourseRecordKind RISK_EVENT = CourseRecordKind.openAfterCourse("RISK_EVENT");

    /** How many events one run of the escalation job looks at, at most. */
    static final int ESCALATION_BATCH = 200;

    private final RiskEventStore store;
    private final CourseRecordGate gate;
    private final IdentityService identity;
    private final CrisisResourceService crisisResources;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration acknowledgeWithin;

    RiskEventService(RiskEventStore store, CourseRecordGate gate, IdentityService identity, CrisisResourceService crisisResources, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock,
            @Value("${openipt.safety.acknowledge-within:PT30M}") Duration acknowledgeWithin) {
        this.store = store;
        this.gate = gate;
        this.identity = identity;
        this.crisisResources = crisisResources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    /** The configured time after which an unacknowledged event escalates (a default, not a clinical fact). */
    public Duration acknowledgeWithin() {
        return acknowledgeWithin;
    }

    /**
     * Opens the risk event of a stored response, in the caller's transaction (there must be one: the response
     * and its risk event commit or roll back together). A response opens one event at most; a repeat answers it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RiskEventId open(RiskAnswersRecorded recorded) {
        var earlier = store.forResponse(recorded.responseId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<RiskAnswer> answers = recorded.riskItems().stream()
                .map(item -> new RiskAnswer(recorded.instrumentId(), item.linkId(), item.score())).toList();
        RiskEventId id = store.open(recorded.organisationId().value(), recorded.courseId(), recorded.clientId(),
                RiskSource.QUESTIONNAIRE, recorded.responseId(), recorded.instrumentId(), answers, null,
                recorded.recordedBy().value(), recorded.recordedAt());
        CurrentUser recorder = identity.actingAs(recorded.recordedBy());
        audit.record(recorder, recorded.clientId(), AuditAction.CREATE, RISK_EVENT.auditObjectType(), id,
                AuditEntry.detail("history.riskEventOpened"));
        events.publishEvent(new RiskEventOpened(recorded.organisationId(), recorded.clientId(), recorded.courseId(),
                id, RiskSource.QUESTIONNAIRE, recorded.recordedAt()));
        return id;
    }

    /** The responsible clinician opens a risk event by hand, for a risk the client disclosed in conversation. */
    public RiskEventId openByHand(CurrentUser clinician, CourseId courseId, String disclosure) {
        CourseRecords course = staffCourse(clinician, courseId);
        if (!course.mayChange()) {
            throw new NotFoundException("course");
        }
        RuleViolation.throwIfAny(RiskEventRules.disclosureProblems(disclosure));
        Instant now = clock.instant();
        RiskEventId id = store.open(clinician.organisationId().value(), courseId, course.clientId(),
                RiskSource.DISCLOSURE, null, null, List.of(), disclosure.strip(), clinician.id().value(), now);
        course.audit(AuditAction.CREATE, id, AuditEntry.detail("history.riskEventOpenedByHand"));
        events.publishEvent(new RiskEventOpened(clinician.organisationId(), course.clientId(), courseId, id,
                RiskSource.DISCLOSURE, now));
        return id;
    }

    /** The risk events of a course, newest first. */
    public RiskEventList events(CurrentUser user, CourseId courseId) {
        CourseRecords course = staffCourse(user, courseId);
        List<RiskEventSummary> list = store.ofCourse(courseId);
        course.audit(AuditAction.READ, AuditEntry.detail("history.riskEventsRead", list.size()));
        return new RiskEventList(course.course(), list, course.mayChange());
    }

    /** Whether the user may open a risk event by hand on this course (its responsible clinician). */
    @Transactional(readOnly = true)
    public boolean mayOpen(CurrentUser user, CourseId courseId) {
        return staffCourse(user, courseId).mayChange();
    }

    /** The page of one risk event, with the crisis resources in the reader's language. */
    public RiskEventPage event(CurrentUser user, CourseId courseId, RiskEventId id, Locale locale) {
        CourseRecords course = staffCourse(user, courseId);
        Row row = existing(courseId, id);
        course.audit(AuditAction.READ, id, AuditEntry.detail("history.riskEventRead"));
        boolean responsible = course.mayChange();
        boolean supervisor = user.role() == Role.SUPERVISOR;
        List<RiskStep> steps = RiskEventRules.nextSteps(row.state()).stream()
                .filter(step -> RiskEventRules.mayTake(step, responsible, supervisor)).toList();
        return new RiskEventPage(course.course(), view(row), crisisResources.forReader(user, locale), steps);
    }

    public void acknowledge(CurrentUser user, CourseId courseId, RiskEventId id, long version) {
        take(user, courseId, id, RiskStep.ACKNOWLEDGE, version, null, null, Set.of(), "history.riskEventAcknowledged");
    }

    public void assess(CurrentUser user, CourseId courseId, RiskEventId id, @Nullable RiskLevel level,
            @Nullable String assessment, long version) {
        RuleViolation.throwIfAny(RiskEventRules.assessmentProblems(level, assessment));
        take(user, courseId, id, RiskStep.ASSESS, version, level, Objects.requireNonNull(assessment).strip(), Set.of(),
                "history.riskEventAssessed");
    }

    public void action(CurrentUser user, CourseId courseId, RiskEventId id, Set<RiskAction> actions,
            @Nullable String note, long version) {
        RuleViolation.throwIfAny(RiskEventRules.actionProblems(actions, note));
        take(user, courseId, id, RiskStep.ACTION, version, null, Objects.requireNonNull(note).strip(), actions,
                "history.riskEventActioned");
    }

    public void close(CurrentUser user, CourseId courseId, RiskEventId id, @Nullable String note, long version) {
        RuleViolation.throwIfAny(RiskEventRules.closeProblems(note));
        take(user, courseId, id, RiskStep.CLOSE, version, null, Text.clean(note),
                Set.of(), "history.riskEventClosed");
    }

    /**
     * Marks every event left unacknowledged past {@link #acknowledgeWithin()} at {@code now} as escalated, once:
     * each is a conditional update, so when several nodes run this together each event is marked by one of them,
     * and only that one publishes {@link RiskEventEscalated}. Returns the events this call marked.
     */
    public List<RiskEventId> escalateOverdue(Instant now) {
        Instant cutoff = RiskEventRules.escalationCutoff(acknowledgeWithin, now);
        List<RiskEventId> marked = new ArrayList<>();
        for (Unacknowledged due : store.dueForEscalation(cutoff, ESCALATION_BATCH)) {
            if (store.markEscalated(due.id(), cutoff, now)) {
                marked.add(due.id());
                events.publishEvent(new RiskEventEscalated(due.organisationId(), due.clientId(), due.courseId(),
                        due.id(), due.openedAt(), now));
            }
        }
        return marked;
    }

    /**
     * The open risk events of many clients in one query, for a page over a whole team (the supervisor's dashboard);
     * no clinical text; the caller checked access and audits what it shows.
     */
    @Transactional(readOnly = true)
    public List<RiskEventSummary> openOfClients(org.openipt.identity.OrganisationId organisation,
            java.util.Collection<org.openipt.caseload.ClientId> clients) {
        return clients.isEmpty() ? List.of() : store.openOfClients(organisation.value(), clients);
    }

    /** The open risk events of a course, for the alert on its page; no clinical text, not audited here. */
    @Transactional(readOnly = true)
    public List<RiskEventSummary> openEvents(CourseId courseId) {
        return store.openOfCourse(courseId);
    }

    private void take(CurrentUser user, CourseId courseId, RiskEventId id, RiskStep step, long version,
            @Nullable RiskLevel level, @Nullable String text, Set<RiskAction> actions, String auditKey) {
        CourseRecords course = staffCourse(user, courseId);
        boolean responsible = course.mayChange();
        if (!RiskEventRules.mayTake(step, responsible, user.role() == Role.SUPERVISOR)) {
            throw new NotFoundException("riskEvent");
        }
        Row row = existing(courseId, id);
        if (row.version() != version) {
            throw new OptimisticLockingFailureException("the risk event changed");
        }
        RuleViolation.throwIfAny(RiskEventRules.stepProblems(row.state(), step));
        store.step(courseId, id, step, version, user.id().value(), clock.instant(), level, text, actions);
        course.audit(AuditAction.UPDATE, id, AuditEntry.detail(auditKey));
    }

    /** The course, when the user is staff who may see it; a client or anyone else gets "not found". */
    private CourseRecords staffCourse(CurrentUser user, CourseId courseId) {
        if (user.role() != Role.CLINICIAN && user.role() != Role.SUPERVISOR) {
            throw new NotFoundException("course");
        }
        return gate.read(user, courseId, RISK_EVENT);
    }

    private Row existing(CourseId courseId, RiskEventId id) {
        return store.find(courseId, id).orElseThrow(() -> new NotFoundException("riskEvent"));
    }

    private RiskEvent view(Row row) {
        Set<UUID> people = new HashSet<>();
        people.add(row.openedBy());
        for (UUID by : new UUID[] { row.acknowledgedBy(), row.assessedBy(), row.actionedBy(), row.closedBy() }) {
            if (by != null) {
                people.add(by);
            }
        }
        Map<UserId, String> names = identity.displayNames(people.stream().map(UserId::new).toList());
        List<RiskStepRecord> steps = new ArrayList<>();
        steps.add(new RiskStepRecord(RiskState.OPEN, names.get(new UserId(row.openedBy())), row.openedAt()));
        addStep(steps, names, RiskState.ACKNOWLEDGED, row.acknowledgedBy(), row.acknowledgedAt());
        addStep(steps, names, RiskState.ASSESSED, row.assessedBy(), row.assessedAt());
        addStep(steps, names, RiskState.ACTIONED, row.actionedBy(), row.actionedAt());
        addStep(steps, names, RiskState.CLOSED, row.closedBy(), row.closedAt());
        return new RiskEvent(row.id(), row.courseId(), row.clientId(), row.source(),
                row.answers(), row.disclosure(), row.state(), row.level(),
                row.assessment(), row.actions(), row.actionNote(), row.closeNote(), steps, row.openedAt(),
                row.escalatedAt(), row.version());
    }

    private static void addStep(List<RiskStepRecord> steps, Map<UserId, String> names, RiskState state,
            @Nullable UUID by, @Nullable Instant at) {
        if (by != null && at != null) {
            steps.add(new RiskStepRecord(state, names.get(new UserId(by)), at));
        }
    }
}
