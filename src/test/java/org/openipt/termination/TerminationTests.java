package org.openipt.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.ChecklistItem;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.Phase;
import org.openipt.course.PhaseTransition;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.GoalId;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.protocol.Cadence;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

@DatabaseTest
class TerminationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TerminationService terminations;
    @Autowired
    FormulationService formulations;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    SessionService sessionService;
    @Autowired
    InventoryService inventory;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    CourseId course;
    LocalDate today;
    GoalId goal;

    @BeforeEach
    void courseInTermination() {
        org = Fixtures.organisation(context);
        course = org.course();
        today = LocalDate.now(clock);
        courses.agreeContract(org.clinician(), course, today.minusDays(7), version());
        inventory.add(org.clinician(), course, RelationshipFields.of("Sister", RelationshipRole.SIBLING,
                ClosenessRing.MIDDLE));
        FocalAreaId area = Fixtures.readyForMiddle(context, org.clinician(), course, today.minusDays(1));
        goal = formulations.addGoal(org.clinician(), course, area, "Find a new routine");
        courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, version());
        courses.move(org.clinician(), course, PhaseTransition.BEGIN_TERMINATION, version());
    }

    @Test
    void aCourseCompletesOnlyWithAReviewThatDecidesWhatFollows() {
        assertThat(coursePages.course(org.clinician(), course).checklist()).filteredOn(item -> !item.met())
                .extracting(ChecklistItem::messageKey).containsExactly("checklist.terminationReview");
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.COMPLETE, version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.requirementsUnmet");

        terminations.recordReview(org.clinician(), course, new ReviewEntry(Map.of(goal, GoalOutcome.PARTLY),
                "The new role feels manageable", "I go out again", "Sad but ready", null),
                TerminationRules.UNSAVED_VERSION);
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.COMPLETE, version()))
                .as("no decision yet").isInstanceOf(RuleViolation.class);

        TerminationRecord record = terminations.termination(org.clinician(), course);
        assertThat(record.outcomeOf(record.goals().getFirst())).isEqualTo(GoalOutcome.PARTLY);
        terminations.recordReview(org.clinician(), course, new ReviewEntry(Map.of(goal, GoalOutcome.ACHIEVED),
                "The new role feels manageable", "I go out again", "Sad but ready", TerminationDecision.END),
                record.reviewVersion());
        terminations.recordPlan(org.clinician(), course, new RelapsePlan("Sleeping badly", "Conflict at home",
                "Naming feelings", "My sister", "Call my sister", "Two weeks low: call the practice", "None"),
                TerminationRules.UNSAVED_VERSION);
        courses.move(org.clinician(), course, PhaseTransition.COMPLETE, version());

        TerminationRecord done = terminations.termination(org.clinician(), course);
        assertThat(done.course().phase()).isEqualTo(Phase.COMPLETED);
        assertThat(done.review().goalOutcomes()).containsEntry(goal, GoalOutcome.ACHIEVED);
        assertThat(done.plan().helpfulPeople()).isEqualTo("My sister");
    }

    @Test
    void maintenanceStartsALinkedMonthlyCourseOnce() {
        assertThatThrownBy(() -> terminations.startMaintenance(org.clinician(), course, today.plusMonths(1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("termination.maintenance.notDecided");
        terminations.recordReview(org.clinician(), course, new ReviewEntry(Map.of(), null, null, null,
                TerminationDecision.MAINTENANCE), TerminationRules.UNSAVED_VERSION);
        courses.move(org.clinician(), course, PhaseTransition.COMPLETE, version());

        CourseId maintenance = terminations.startMaintenance(org.clinician(), course, today.plusMonths(1));
        CourseSummary started = coursePages.course(org.clinician(), maintenance).course();
        assertThat(started.previousCourseId()).isEqualTo(course);
        assertThat(started.clientId()).isEqualTo(org.client());
        assertThat(started.protocol().code()).isEqualTo("MAINTENANCE_IPT");
        assertThat(started.contract().cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(started.contract().contractedSessions()).isEqualTo(started.protocol().settings().defaultSessions());
        assertThat(terminations.termination(org.clinician(), course).maintenanceCourseId()).isEqualTo(maintenance);

        assertThatThrownBy(() -> terminations.startMaintenance(org.clinician(), course, today.plusMonths(1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("termination.maintenance.alreadyStarted");
    }

    @Test
    void aStaleVersionIsAConflict() {
        terminations.recordReview(org.clinician(), course, new ReviewEntry(Map.of(), "First", null, null, null),
                TerminationRules.UNSAVED_VERSION);
        long read = terminations.termination(org.clinician(), course).reviewVersion();
        terminations.recordReview(org.clinician(), course, new ReviewEntry(Map.of(), "Second", null, null, null),
                read);
        assertThatThrownBy(() -> terminations.recordReview(org.clinician(), course, new ReviewEntry(Map.of(),
                "Third", null, null, null), read)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> terminations.recordPlan(org.clinician(), course, RelapsePlan.NONE, 3))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anotherClinicianFindsNothing() {
        assertThatThrownBy(() -> terminations.termination(org.otherClinician(), course))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> terminations.recordReview(org.otherClinician(), course, ReviewEntry.NONE,
                TerminationRules.UNSAVED_VERSION)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> terminations.startMaintenance(org.otherClinician(), course, today))
                .isInstanceOf(NotFoundException.class);
    }

    private long version() {
        return coursePages.course(org.clinician(), course).course().version();
    }

    @SuppressWarnings("unused")
    private void attend(int week) {
        sessionService.recordSession(org.clinician(), course, new SessionEntry(LocalDateTime.of(today.minusDays(6)
                .plusWeeks(week), LocalTime.NOON), SessionMode.IN_PERSON, Attendance.ATTENDED, null, 5, null));
    }
}
