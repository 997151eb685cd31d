package org.openipt.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.course.CourseSummary;
import org.openipt.course.Phase;
import org.openipt.course.PhaseStart;
import org.openipt.course.SessionId;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.formulation.FormulationService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.measures.MeasuresService;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.supervision.internal.FidelityChart;
import org.openipt.supervision.internal.SupervisionStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fidelity of sessions to IPT. A session's counsellor (its course's responsible clinician) rates it themself, their
 * supervisor rates it too; the record answers the derived items, the rater the others. A counsellor sees the ratings
 * about themself only, never another counsellor's; a supervisor those of the counsellors they supervise. Audited.
 */
@Service
@Transactional
public class FidelityService {

    static final CourseRecordKind FIDELITY = CourseRecordKind.openAfterCourse("FIDELITY_RATING");

    private final CourseRecordGate gate;
    private final SessionService sessions;
    private final MeasuresService measures;
    private final FormulationService formulations;
    private final CaseloadService caseload;
    private final IdentityService identity;
    private final SupervisionStore store;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    FidelityService(CourseRecordGate gate, SessionService sessions, MeasuresService measures,
            FormulationService formulations, CaseloadService caseload, IdentityService identity,
            SupervisionStore store, AuditTrail audit, MessageSource messages, Clock clock) {
        this.gate = gate;
        this.sessions = sessions;
        this.measures = measures;
        this.formulations = formulations;
        this.caseload = caseload;
        this.identity = identity;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public FidelitySheet sheet(CurrentUser user, CourseId courseId, SessionId sessionId) {
        Rating rating = rating(user, courseId, sessionId);
        Map<Rater, FidelityRating> ratings = store.ratingsOf(sessionId);
        rating.records().audit(AuditAction.READ, sessionId, null);
        return new FidelitySheet(rating.session(), identity.displayNames(java.util.Set.of(rating.counsellor()))
                .getOrDefault(rating.counsellor(), "—"), rating.derived(), rating.rater(), ratings.get(Rater.SELF),
                ratings.get(Rater.SUPERVISOR));
    }

    /** Saves the user's rating of the session: the derived items from the record, the others as given. */
    public void rate(CurrentUser user, CourseId courseId, SessionId sessionId, Map<FidelityItem, FidelityAnswer> given) {
        Rating rating = rating(user, courseId, sessionId);
        Map<FidelityItem, FidelityAnswer> answers = new EnumMap<>(rating.derived());
        for (FidelityItem item : FidelityItem.rated()) {
            FidelityAnswer answer = given.get(item);
            if (answer == null) {
                throw new RuleViolation("fidelity.item.required");
            }
            answers.put(item, answer);
        }
        FidelityRules.Score score = FidelityRules.score(answers);
        store.saveRating(user.organisationId().value(), rating.counsellor(), new FidelityRating(courseId, sessionId,
                rating.rater(), answers, score.met(), score.rated(), clock.instant()), user.id());
        rating.records().audit(AuditAction.UPDATE, sessionId, AuditEntry.detail("history.fidelityRated." +
                rating.rater()));
    }

    /**
     * A counsellor's ratings over time with their chart: a clinician's own; a supervisor's choice among the
     * counsellors they supervise (the first of them when none is chosen).
     */
    public FidelityTrend trend(CurrentUser user, Optional<UserId> chosen, Locale locale) {
        List<UserSummary> team = switch (user.role()) {
            case SUPERVISOR -> identity.usersWithRole(user.organisationId(), Role.CLINICIAN).stream()
                    .filter(c -> user.id().equals(c.supervisorId())).sorted(Comparator.comparing(
                            UserSummary::displayName)).toList();
            case CLINICIAN -> List.of();
            default -> throw new NotFoundException("fidelity");
        };
        UserId counsellor = user.role() == Role.CLINICIAN ? user.id() : chosen
                .filter(id -> team.stream().anyMatch(c -> c.id().equals(id)))
                .or(() -> team.stream().findFirst().map(UserSummary::id))
                .orElseThrow(() -> new NotFoundException("counsellor"));
        if (chosen.isPresent() && !chosen.get().equals(counsellor)) {
            throw new NotFoundException("counsellor");
        }
        List<FidelityRating> ratings = store.ratingsAbout(counsellor);
        String name = identity.displayNames(java.util.Set.of(counsellor)).getOrDefault(counsellor, "—");
        FidelityChart.Labels labels = new FidelityChart.Labels(
                messages.getMessage("fidelity.chart.title", new Object[] { name }, locale),
                messages.getMessage("fidelity.chart.description", new Object[] { ratings.size() }, locale),
                messages.getMessage("fidelity.rater.SUPERVISOR", null, locale),
                messages.getMessage("fidelity.rater.SELF", null, locale),
                messages.getMessage("fidelity.chart.axis", null, locale));
        audit.record(user, null, AuditAction.READ, FIDELITY.auditObjectType(), counsellor, null);
        return new FidelityTrend(counsellor, name, ratings,
                FidelityChart.draw(ratings, user.timeZone(), labels, FidelityChart.WIDE),
                FidelityChart.draw(ratings, user.timeZone(), labels, FidelityChart.NARROW), team);
    }

    private record Rating(CourseRecords records, SessionView session, UserId counsellor, Rater rater,
            Map<FidelityItem, FidelityAnswer> derived) {
    }

    private Rating rating(CurrentUser user, CourseId courseId, SessionId sessionId) {
        CourseRecords records = gate.read(user, courseId, FIDELITY);
        CourseSummary course = records.course();
        UserId counsellor = caseload.responsibleClinician(user.organisationId(), course.clientId())
                .orElseThrow(() -> new NotFoundException("counsellor"));
        Rater rater;
        if (user.role() == Role.CLINICIAN && user.id().equals(counsellor)) {
            rater = Rater.SELF;
        }
        else if (user.role() == Role.SUPERVISOR && identity.teamOf(user.id()).contains(counsellor)) {
            rater = Rater.SUPERVISOR;
        }
        else {
            throw new NotFoundException("fidelity");
        }
        SessionView session = sessions.session(user, courseId, sessionId);
        boolean questionnaire = measures.allResponses(user, courseId).stream()
                .anyMatch(r -> sessionId.equals(r.session()));
        boolean hasArea = !formulations.formulation(user, courseId).focalAreas().isEmpty();
        LocalDate day = session.when().toLocalDate();
        SessionFacts facts = new SessionFacts(day, phaseOn(course, day), session.moodRating() != null,
                session.intervalHistory() != null && !session.intervalHistory().isBlank(), questionnaire,
                session.moodLinkedToEvents(), session.focalAreaId() != null, hasArea, session.sessionsLeftNamed(),
                !session.techniques().isEmpty(), course.contract().agreedOn());
        return new Rating(records, session, counsellor, rater, FidelityRules.derived(facts));
    }

    /** The phase the course was in on a day, from its phase history. */
    static Phase phaseOn(CourseSummary course, LocalDate day) {
        Phase phase = Phase.REFERRED;
        for (PhaseStart start : course.phaseHistory()) {
            if (!start.on().isAfter(day)) {
                phase = start.phase();
            }
        }
        return phase;
    }
}
