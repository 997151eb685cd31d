package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.SessionService;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;
import org.openipt.termination.TerminationRules;
import org.openipt.termination.TerminationService;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class CourseEngineTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    SessionService sessionService;
    @Autowired
    CaseloadService caseload;
    @Autowired
    InventoryService inventory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    ClientId client;
    LocalDate start;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        client = caseload.register(org.clinician(), new ClientFields("Engine Client", null, null, null, null));
        start = LocalDate.now(clock).minusWeeks(12);
    }

    @Test
    void aCourseRunsFromReferralToCompletionWithSessionKOfN() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(8));
        assertThat(phase(course)).isEqualTo(Phase.REFERRED);

        attend(course, 0);
        assertThat(phase(course)).as("the first attended session begins the initial phase").isEqualTo(Phase.INITIAL);

        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, version(course)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.requirementsUnmet");
        courses.agreeContract(org.clinician(), course, start, version(course));
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, version(course)))
                .as("the inventory, the assessment and the accepted formulation are still missing")
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.requirementsUnmet");
        inventory.add(org.clinician(), course, RelationshipFields.of("Partner", RelationshipRole.PARTNER,
                ClosenessRing.INNER));
        Fixtures.readyForMiddle(context, org.clinician(), course, start);
        assertThat(coursePages.course(org.clinician(), course).checklist()).allMatch(ChecklistItem::met);
        courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, version(course));
        for (int week = 1; week < 5; week++) {
            attend(course, week);
        }
        CourseRecord record = coursePages.course(org.clinician(), course);
        assertThat(record.course().progress().sessionsHeld()).isEqualTo(5);
        assertThat(record.course().progress().sessionsLeft()).isEqualTo(3);
        assertThat(record.course().terminationDue()).as("3 left = the format's termination length").isTrue();
        assertThat(record.sessions()).extracting(SessionView::number).containsExactly(1, 2, 3, 4, 5);

        courses.move(org.clinician(), course, PhaseTransition.BEGIN_TERMINATION, version(course));
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.COMPLETE, version(course)))
                .as("the termination review is still missing")
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.requirementsUnmet");
        context.getBean(TerminationService.class).recordReview(org.clinician(), course, new ReviewEntry(Map.of(),
                "Settled in the new role", null, null, TerminationDecision.END), TerminationRules.UNSAVED_VERSION);
        courses.move(org.clinician(), course, PhaseTransition.COMPLETE, version(course));
        assertThat(phase(course)).isEqualTo(Phase.COMPLETED);
        assertThatThrownBy(() -> attend(course, 6)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("session.courseClosed");
    }

    @Test
    void eachPhaseKeepsTheDayItBeganForChartsAndSchedules() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(8));
        attend(course, 0);
        courses.agreeContract(org.clinician(), course, start, version(course));
        inventory.add(org.clinician(), course, RelationshipFields.of("Partner", RelationshipRole.PARTNER,
                ClosenessRing.INNER));
        Fixtures.readyForMiddle(context, org.clinician(), course, start);

        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE,
                start.minusDays(1), version(course)))
                .as("a phase cannot begin before the course started").isInstanceOf(RuleViolation.class)
                .hasMessageContaining("phase.date.beforeStart");
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE,
                LocalDate.now(clock).plusDays(1), version(course)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.date.future");
        courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, start.plusWeeks(3), version(course));
        assertThatThrownBy(() -> courses.exit(org.clinician(), course, PhaseTransition.DROP_OUT, "Moved away",
                start.plusWeeks(2), version(course)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.date.beforePrevious");
        courses.exit(org.clinician(), course, PhaseTransition.DROP_OUT, "Moved away", start.plusWeeks(5),
                version(course));

        assertThat(coursePages.course(org.clinician(), course).course().phaseHistory()).containsExactly(
                new PhaseStart(Phase.INITIAL, start), new PhaseStart(Phase.MIDDLE, start.plusWeeks(3)),
                new PhaseStart(Phase.DROPPED_OUT, start.plusWeeks(5)));
        assertThat(coursePages.course(org.clinician(), course).course().enteredOn(Phase.MIDDLE))
                .contains(start.plusWeeks(3));
    }

    @Test
    void goingPastTheContractNeedsARecordedExtension() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(8));
        for (int week = 0; week < 8; week++) {
            attend(course, week);
        }
        assertThatThrownBy(() -> attend(course, 8)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("session.beyondContract");

        courses.extend(org.clinician(), course, 10, "Dispute at impasse needs two more sessions", version(course));
        attend(course, 8);

        CourseSummary summary = coursePages.course(org.clinician(), course).course();
        assertThat(summary.contract().contractedSessions()).isEqualTo(10);
        assertThat(summary.extensionReason()).isEqualTo("Dispute at impasse needs two more sessions");
        assertThat(summary.progress().sessionsHeld()).isEqualTo(9);
    }

    @Test
    void aContractOutsideTheFormatsRangeIsRefused() {
        assertThatThrownBy(() -> courses.start(org.clinician(), client, org.protocol().id(), terms(40)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("contract.sessions.outsideProtocol");
        assertThat(courses.coursesOf(org.clinician(), client)).isEmpty();
    }

    @Test
    void twoPeopleSavingTheSameCourseConflictInsteadOfOverwriting() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(12));
        long loadedVersion = version(course);

        courses.changeContract(org.clinician(), course, terms(14), loadedVersion);

        assertThatThrownBy(() -> courses.changeContract(org.clinician(), course, terms(10), loadedVersion))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(coursePages.course(org.clinician(), course).course().contract().contractedSessions()).isEqualTo(14);
    }

    @Test
    void anEarlyEndKeepsItsReasonAndClosesTheCourse() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(12));
        attend(course, 0);

        courses.exit(org.clinician(), course, PhaseTransition.REFER_ON, "Needs inpatient care",
                start.plusDays(2), version(course));

        CourseSummary summary = coursePages.course(org.clinician(), course).course();
        assertThat(summary.phase()).isEqualTo(Phase.REFERRED_ON);
        assertThat(summary.exitReason()).isEqualTo("Needs inpatient care");
        assertThat(summary.exitDate()).isEqualTo(start.plusDays(2));
    }

    @Test
    void onlyTheAssignedClinicianChangesACourseAndOthersCannotSeeIt() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(12));

        assertThat(coursePages.course(org.supervisor(), course).changeable()).as("supervisors read").isFalse();
        assertThatThrownBy(() -> coursePages.course(org.otherClinician(), course)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attendAs(org.supervisor(), course, 0)).isInstanceOf(NotFoundException.class);
        Fixtures.Organisation foreign = Fixtures.organisation(context);
        assertThatThrownBy(() -> coursePages.course(foreign.clinician(), course)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyReadAndWriteOfTheCourseIsAudited() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(), terms(12));
        attend(course, 0);
        coursePages.course(org.clinician(), course);
        assertThatThrownBy(() -> coursePages.course(org.otherClinician(), course)).isInstanceOf(NotFoundException.class);

        assertThat(count("CREATE", "SUCCESS", course)).isEqualTo(1);
        assertThat(count("UPDATE", "SUCCESS", course)).isEqualTo(2);
        assertThat(count("READ", "SUCCESS", course)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_record where outcome = 'DENIED' and user_id = ?")
                .param(org.otherClinician().id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(coursePages.course(org.clinician(), course).history()).extracting(h -> h.detailKey())
                .contains("history.courseStarted", "history.session.ATTENDED", "history.moved.INITIAL");
    }

    private long count(String action, String outcome, CourseId course) {
        return jdbc.sql("select count(*) from audit_record where action = ? and outcome = ? and object_id = ?")
                .params(action, outcome, course.value()).query(Long.class).single();
    }

    private ContractTerms terms(int sessions) {
        return new ContractTerms(sessions, org.protocol().settings().cadence(), 50, start);
    }

    private void attend(CourseId course, int week) {
        attendAs(org.clinician(), course, week);
    }

    private void attendAs(org.openipt.identity.CurrentUser user, CourseId course, int week) {
        sessionService.recordSession(user, course, new SessionEntry(LocalDateTime.of(start.plusWeeks(week), LocalTime.NOON),
                SessionMode.VIDEO, Attendance.ATTENDED, null, 6, null));
    }

    private Phase phase(CourseId course) {
        return coursePages.course(org.clinician(), course).course().phase();
    }

    private long version(CourseId course) {
        return coursePages.course(org.clinician(), course).course().version();
    }
}
