package org.openipt.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.UserId;
import org.openipt.safety.internal.SafetyPlanStore;
import org.openipt.safety.internal.SafetyPlanStore.Stored;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety plan of a course, written with the client by their clinician. Every save keeps the earlier versions;
 * a save over a version that is no longer the current one is a conflict. Reads by everyone who may see the
 * course; every read and save is audited with keys only.
 */
@Service
@Transactional
public class SafetyPlanService {

    static final String SAFETY_PLAN = "SAFETY_PLAN";

    private final SafetyPlanStore store;
    private final CourseService courses;
    private final CaseloadService caseload;
    private final IdentityService identity;
    private final CrisisResourceService crisisResources;
    private final AuditTrail audit;
    private final Clock clock;

    SafetyPlanService(SafetyPlanStore store, CourseService courses, CaseloadService caseload,
            IdentityService identity, CrisisResourceService crisisResources, AuditTrail audit, Clock clock) {
        this.store = store;
        this.courses = courses;
        this.caseload = caseload;
        this.identity = identity;
        this.crisisResources = crisisResources;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan (the current version, or {@code number} when given), its history and the crisis resources. */
    public SafetyPlanPage plan(CurrentUser user, CourseId courseId, @Nullable Integer number, Locale locale) {
        CourseSummary course = courses.visibleCourse(user, courseId);
        List<Stored> stored = store.versions(courseId);
        Map<UserId, String> names = identity.displayNames(stored.stream().map(s -> new UserId(s.savedBy()))
                .distinct().toList());
        List<SafetyPlanVersion> history = stored.stream().map(s -> new SafetyPlanVersion(s.number(), s.plan(),
                names.get(new UserId(s.savedBy())), s.savedAt())).toList();
        int current = history.isEmpty() ? 0 : history.getFirst().number();
        SafetyPlanVersion shown;
        if (number == null) {
            shown = history.isEmpty() ? null : history.getFirst();
        }
        else {
            shown = history.stream().filter(v -> v.number() == number).findFirst()
                    .orElseThrow(() -> new NotFoundException("safetyPlanVersion"));
        }
        audit.record(user, course.clientId().value(), AuditAction.READ, SAFETY_PLAN, courseId.value(),
                AuditEntry.detail("history.safetyPlanRead", shown == null ? 0 : shown.number()));
        return new SafetyPlanPage(course, shown, current, history, crisisResources.forReader(user, locale),
                caseload.mayChange(user, course.clientId()));
    }

    /** Saves a new version over {@code basedOn} (0 for the first); returns the new version's number. */
    public int save(CurrentUser clinician, CourseId courseId, SafetyPlan plan, int basedOn) {
        CourseSummary course = courses.changeableCourse(clinician, courseId);
        RuleViolation.throwIfAny(problems(plan));
        int number = store.save(clinician.organisationId().value(), courseId, course.clientId(), trimmed(plan),
                basedOn, clinician.id().value(), clock.instant());
        audit.record(clinician, course.clientId().value(), AuditAction.UPDATE, SAFETY_PLAN, courseId.value(),
                AuditEntry.detail("history.safetyPlanSaved", number));
        return number;
    }

    /** Whether the user may write the plan: the client's clinician. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        return caseload.mayChange(user, courses.visibleCourse(user, courseId).clientId());
    }

    /** A plan says something, and no section is longer than {@link SafetyPlan#MAX_SECTION}; message keys. */
    public static List<String> problems(SafetyPlan plan) {
        List<String> problems = new ArrayList<>();
        if (trimmed(plan).isEmpty()) {
            problems.add("safetyPlan.empty");
        }
        if (sections(plan).anyMatch(text -> text != null && text.strip().length() > SafetyPlan.MAX_SECTION)) {
            problems.add("safetyPlan.tooLong");
        }
        return problems;
    }

    private static Stream<@Nullable String> sections(SafetyPlan plan) {
        return Stream.of(plan.warningSigns(), plan.copingAlone(), plan.distractions(), plan.peopleToAsk(),
                plan.professionals(), plan.safeSurroundings(), plan.reasonsForLiving());
    }

    private static SafetyPlan trimmed(SafetyPlan plan) {
        return new SafetyPlan(trim(plan.warningSigns()), trim(plan.copingAlone()), trim(plan.distractions()),
                trim(plan.peopleToAsk()), trim(plan.professionals()), trim(plan.safeSurroundings()),
                trim(plan.reasonsForLiving()));
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
