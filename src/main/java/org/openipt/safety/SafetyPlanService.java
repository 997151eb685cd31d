package org.openipt.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.UserId;
import org.openipt.safety.internal.SafetyPlanStore;
import org.openipt.safety.internal.SafetyPlanStore.Stored;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
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

    /** A safety plan may still be revised after the course has ended. */
    static final CourseRecordKind SAFETY_PLAN = CourseRecordKind.openAfterCourse("SAFETY_PLAN");

    private final SafetyPlanStore store;
    private final CourseRecordGate gate;
    private final IdentityService identity;
    private final CrisisResourceService crisisResources;
    private final Clock clock;

    SafetyPlanService(SafetyPlanStore store, CourseRecordGate gate, IdentityService identity,
            CrisisResourceService crisisResources, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.identity = identity;
        this.crisisResources = crisisResources;
        this.clock = clock;
    }

    /** The plan (the current version, or {@code number} when given), its history and the crisis resources. */
    public SafetyPlanPage plan(CurrentUser user, CourseId courseId, @Nullable Integer number, Locale locale) {
        CourseRecords course = gate.read(user, courseId, SAFETY_PLAN);
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
        course.audit(AuditAction.READ, AuditEntry.detail("history.safetyPlanRead", shown == null ? 0 : shown.number()));
        return new SafetyPlanPage(course.course(), shown, current, history, crisisResources.forReader(user, locale),
                course.mayChange());
    }

    /** The current plan alone, if one was written: what the client keeps, without its history or who saved it. */
    public Optional<SafetyPlan> currentPlan(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, SAFETY_PLAN);
        int current = store.currentNumber(courseId);
        course.audit(AuditAction.READ, AuditEntry.detail("history.safetyPlanRead", current));
        return current == 0 ? Optional.empty() : store.version(courseId, current).map(Stored::plan);
    }

    /** Saves a new version over {@code basedOn} (0 for the first); returns the new version's number. */
    public int save(CurrentUser clinician, CourseId courseId, SafetyPlan plan, int basedOn) {
        CourseRecords course = gate.change(clinician, courseId, SAFETY_PLAN);
        RuleViolation.throwIfAny(problems(plan));
        int number = store.save(course.owner(), trimmed(plan), basedOn, clinician.id().value(), clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.safetyPlanSaved", number));
        return number;
    }

    /** Whether the user may write the plan: the client's clinician. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        return gate.mayChange(user, courseId, SAFETY_PLAN);
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
        return new SafetyPlan(Text.clean(plan.warningSigns()), Text.clean(plan.copingAlone()), Text.clean(plan.distractions()),
                Text.clean(plan.peopleToAsk()), Text.clean(plan.professionals()), Text.clean(plan.safeSurroundings()),
                Text.clean(plan.reasonsForLiving()));
    }
}
