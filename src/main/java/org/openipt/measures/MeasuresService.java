package org.openipt.measures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
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
import org.openipt.shared.fhir.Fhir;
import org.openipt.measures.internal.ResponseStore;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.Conflicts;
import org.openipt.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Questionnaires administered in a course: stored with their score, listed newest first, shown one by one and
 * exported as FHIR. Reads and writes go through the {@link CourseRecordGate}; a response of another course is not
 * found. Every read and write is audited with keys only, never with answers or scores.
 * <p>
 * A response with any risk item answered above zero, complete or not, publishes {@link RiskAnswersRecorded}
 * synchronously inside the transaction that stores it: if a listener fails, the response is not stored either.
 */
@Service
@Transactional
public class MeasuresService {

    /** Questionnaires are still given after a course has ended: follow-ups at three and six months. */
    static final CourseRecordKind RESPONSE = CourseRecordKind.openAfterCourse("MEASURE_RESPONSE");

    /** The same records, as the client adds their own in the portal. */
    static final CourseRecordKind SELF_REPORT = RESPONSE.withClientContributions();

    /** Responses on one page of the list. */
    public static final int PAGE_SIZE = 20;

    private final ResponseStore store;
    private final CourseRecordGate gate;
    private final SessionService sessionService;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    MeasuresService(ResponseStore store, CourseRecordGate gate, SessionService sessionService,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.sessionService = sessionService;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The instruments a course may use, in the library's order (structure-only ones included, marked as such). */
    @Transactional(readOnly = true)
    public List<InstrumentDefinition> instruments() {
        return library.all();
    }

    /** The instrument with this id, or not found. */
    @Transactional(readOnly = true)
    public InstrumentDefinition instrument(String instrumentId) {
        return library.find(instrumentId).orElseThrow(() -> new NotFoundException("instrument"));
    }

    /** One page of the course's responses, newest first. */
    public MeasuresList responses(CurrentUser user, CourseId courseId, int page) {
        CourseRecords course = gate.read(user, courseId, RESPONSE);
        var responses = store.page(courseId.value(), new PageRequestParams(Math.max(0, page), PAGE_SIZE));
        course.audit(AuditAction.READ, AuditEntry.detail("history.measuresRead", responses.items().size()));
        return new MeasuresList(course.course(), responses, course.mayChange(), library.all());
    }

    /** Every response of the course with its answers, oldest first, read at once (for the client's own record). */
    public List<MeasureResponse> allResponses(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, RESPONSE);
        List<MeasureResponse> all = store.all(courseId.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.measuresRead", all.size()));
        return all;
    }

    public MeasureResponse response(CurrentUser user, CourseId courseId, ResponseId id) {
        CourseRecords course = gate.read(user, courseId, RESPONSE);
        MeasureResponse response = existing(courseId, id);
        course.audit(AuditAction.READ, id, AuditEntry.detail("history.measureRead"));
        return response;
    }

    /** Whether the user may administer questionnaires in this course. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        return gate.mayChange(user, courseId, RESPONSE);
    }

    /** Throws {@link NotFoundException} unless the user may change the client's record; writes no audit row. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, CourseId courseId) {
        gate.requireChangeRight(user, courseId);
    }

    /** The sessions of the course a questionnaire can be linked to (the course module audits the read). */
    public List<SessionView> sessions(CurrentUser user, CourseId courseId) {
        return sessionService.sessions(user, courseId);
    }

    /**
     * Stores a questionnaire response given by staff, with its score. The submission key comes from the form the
     * person opened: sending it again (a double click, a retry) answers the response the first submission stored and
     * stores nothing more. A clinician-rated instrument is refused to anyone but staff, before anything else is asked.
     * A response given at a session is dated by that session. Two identical submissions at the same moment store one
     * response (and one risk event): the second is answered with the first's.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ResponseId administer(CurrentUser user, CourseId courseId, UUID submissionKey, Administration given) {
        return Conflicts.submittedOnce(transactions, () -> administerOnce(user, courseId, submissionKey, given));
    }

    private ResponseId administerOnce(CurrentUser user, CourseId courseId, UUID submissionKey, Administration given) {
        InstrumentDefinition instrument = library.find(given.instrumentId())
                .orElseThrow(() -> new RuleViolation("measures.instrument.unknown"));
        if (!MeasuresRules.mayEnter(instrument, user.role())) {
            throw new RuleViolation("measures.clinicianRated");
        }
        CourseRecords course = gate.change(user, courseId, RESPONSE);
        SessionId session = given.session();
        return stored(course, user, submissionKey, instrument, given, session == null ? null
                : sessionService.sessions(user, courseId).stream().filter(s -> s.id().equals(session)).findFirst()
                        .orElseThrow(() -> new RuleViolation("measures.session.unknown")).when().toInstant());
    }

    /**
     * Stores answers given before the course existed — those of a self-referral accepted into it — dated when they
     * were given; otherwise as {@link #administer(CurrentUser, CourseId, UUID, Administration)}.
     */
    public ResponseId administerGivenEarlier(CurrentUser user, CourseId courseId, UUID submissionKey,
            Administration given, Instant givenAt) {
        InstrumentDefinition instrument = library.find(given.instrumentId())
                .orElseThrow(() -> new RuleViolation("measures.instrument.unknown"));
        if (!MeasuresRules.mayEnter(instrument, user.role())) {
            throw new RuleViolation("measures.clinicianRated");
        }
        return stored(gate.change(user, courseId, RESPONSE), user, submissionKey, instrument, given, givenAt);
    }

    /**
     * Stores the answers the client gave themself in the portal ({@link SelfReportService}, which opened the course
     * for them), dated when they sent them.
     */
    ResponseId selfReported(CourseRecords course, CurrentUser client, UUID submissionKey, Administration given) {
        return stored(course, client, submissionKey, library.definition(given.instrumentId()), given, null);
    }

    private ResponseId stored(CourseRecords course, CurrentUser user, UUID submissionKey,
            InstrumentDefinition instrument, Administration given, @Nullable Instant sessionTime) {
        Optional<ResponseId> earlier = store.submitted(course.courseId().value(), submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!MeasuresRules.administrable(instrument)) {
            throw new RuleViolation("measures.wordingMissing");
        }
        RuleViolation.throwIfAny(MeasuresRules.problems(instrument, given.answers()));
        Instant now = clock.instant();
        ScoreResult score = InstrumentScoring.score(instrument, given.answers());
        ResponseId id = store.add(course.owner(), user.id(), !user.role().isStaff(), submissionKey, instrument,
                given.answers(), score, given.session(), sessionTime == null ? now : sessionTime, now);
        course.audit(AuditAction.CREATE, id, AuditEntry.detail("history.measureAdministered"));
        if (score.riskFlagged()) {
            events.publishEvent(new RiskAnswersRecorded(user.organisationId(), course.clientId(), course.courseId(),
                    id, instrument.id(), MeasuresRules.riskAnswers(score), user.id(), now));
        }
        return id;
    }

    /**
     * The response as a FHIR R4 Bundle (a collection) in JSON: the QuestionnaireResponse and, when the response is
     * complete, its total as an Observation.
     */
    public String fhirBundle(CurrentUser user, CourseId courseId, ResponseId id) {
        CourseRecords course = gate.read(user, courseId, RESPONSE);
        MeasureResponse response = existing(courseId, id);
        String subject = "Patient/" + course.clientId();
        String responseUrl = "urn:uuid:" + id;
        QuestionnaireResponse questionnaireResponse = MeasureExport.questionnaireResponse(response.instrument(),
                response.answers(), response.score(), subject, response.administeredAt());
        questionnaireResponse.setId(id.toString());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl(responseUrl).setResource(questionnaireResponse);
        Optional<Observation> total = MeasureExport.totalObservation(response.instrument(), response.score(), subject,
                response.administeredAt(), responseUrl);
        total.ifPresent(observation -> {
            UUID observationId = UUID.nameUUIDFromBytes(("total:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            observation.setId(observationId.toString());
            bundle.addEntry().setFullUrl("urn:uuid:" + observationId).setResource(observation);
        });
        course.audit(AuditAction.READ, id, AuditEntry.detail("history.measureExported"));
        return Fhir.json(bundle, false);
    }

    private MeasureResponse existing(CourseId courseId, ResponseId id) {
        return store.response(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("response"));
    }
}
