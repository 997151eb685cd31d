package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Schedules through the facade, on the fixture's course (individual IPT, started 7 days ago, session 1 held that
 * day): the format's default, due and overdue occasions, the caseload's counts, the reminders' query, changing a
 * course's and a format's schedule with optimistic locking, access and audit.
 */
@DatabaseTest
class MeasureSchedulesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MeasureSchedules schedules;
    @Autowired
    MeasuresService measures;
    @Autowired
    CourseService courses;
    @Autowired
    CaseloadService caseload;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    LocalDate start;

    @BeforeEach
    void course() {
        org = Fixtures.organisation(context);
        start = LocalDate.now(clock).minusDays(7);
    }

    private List<OverdueMeasure> overdueHere() {
        return schedules.overdueOn(LocalDate.now(clock)).stream().filter(o -> o.organisationId().equals(org.id()))
                .toList();
    }

    private long audited(String detailKey) {
        return jdbc.sql("select count(*) from audit_record where object_id = ? and detail like ?")
                .param(org.course().value()).param(detailKey + "%").query(Long.class).single();
    }

    @Test
    void theFormatsDefaultGivesTheBaselinesOfTheFirstSessionOverdueAWeekLater() {
        CourseSchedule schedule = schedules.courseSchedule(org.clinician(), org.course());
        assertThat(schedule.own()).isFalse();
        assertThat(schedule.version()).isZero();
        assertThat(schedule.schedule()).isEqualTo(DefaultSchedules.forFormat("INDIVIDUAL_IPT"));
        assertThat(schedule.wanted()).extracting(o -> o.instrumentId() + " " + o.key() + " " + o.status())
                .containsExactly("phq-9 BASELINE OVERDUE", "gad-7 BASELINE OVERDUE");
        assertThat(schedule.occasions()).filteredOn(o -> o.status() == OccasionStatus.UPCOMING).isNotEmpty();
        assertThat(audited("history.courseScheduleRead")).isEqualTo(1);

        assertThat(overdueHere()).containsExactlyInAnyOrder(
                new OverdueMeasure(org.id(), org.course(), org.client(), "phq-9", "BASELINE", start),
                new OverdueMeasure(org.id(), org.course(), org.client(), "gad-7", "BASELINE", start));
        assertThat(schedules.wantedOfClients(org.id(), List.of(org.client(), org.otherClinicianClient()),
                java.time.ZoneOffset.UTC)).containsOnlyKeys(org.client())
                .containsEntry(org.client(), new WantedMeasures(org.course(), 0, 2));
    }

    @Test
    void aResponseLinkedToTheSessionSatisfiesItsOccasion() {
        measures.administer(org.clinician(), org.course(), UUID.randomUUID(), new Administration("phq-9",
                MeasuresTests.phq9("LA6569-3", "LA6569-3", "LA6568-5", "LA6568-5", "LA6568-5", "LA6568-5",
                        "LA6568-5", "LA6568-5", "LA6568-5"), org.session()));
        assertThat(schedules.courseSchedule(org.clinician(), org.course()).wanted())
                .extracting(o -> o.instrumentId() + " " + o.key()).containsExactly("gad-7 BASELINE");
        assertThat(overdueHere()).extracting(OverdueMeasure::instrumentId).containsExactly("gad-7");
    }

    @Test
    void anIncompleteResponseDoesNotSatisfyAnOccasion() {
        measures.administer(org.clinician(), org.course(), UUID.randomUUID(),
                new Administration("phq-9", MeasuresTests.phq9("LA6569-3"), org.session()));
        assertThat(overdueHere()).extracting(OverdueMeasure::instrumentId).contains("phq-9");
    }

    @Test
    void aClinicianChangesTheCoursesScheduleWithOptimisticLockingAndRestoresTheFormats() {
        MeasureSchedule onlyPhq9 = new MeasureSchedule(List.of(ScheduledInstrument.everyN("phq-9", 2,
                EnumSet.of(Milestone.END_OF_TREATMENT))));
        schedules.changeCourseSchedule(org.clinician(), org.course(), onlyPhq9, 0);
        CourseSchedule changed = schedules.courseSchedule(org.clinician(), org.course());
        assertThat(changed.own()).isTrue();
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.schedule()).isEqualTo(onlyPhq9);
        // session 1 is picked by "every 2 sessions"; no baseline any more
        assertThat(changed.wanted()).extracting(Occasion::key).containsExactly("SESSION_1");
        assertThat(audited("history.courseScheduleChanged")).isEqualTo(1);

        assertThatThrownBy(() -> schedules.changeCourseSchedule(org.clinician(), org.course(), onlyPhq9, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> schedules.restoreCourseSchedule(org.clinician(), org.course(), 0))
                .isInstanceOf(OptimisticLockingFailureException.class);

        schedules.restoreCourseSchedule(org.clinician(), org.course(), 1);
        assertThat(schedules.courseSchedule(org.clinician(), org.course()).own()).isFalse();
        assertThat(audited("history.courseScheduleRestored")).isEqualTo(1);
    }

    @Test
    void twoFirstChangesAtTheSameMomentLeaveOneAndAConflict() throws Exception {
        MeasureSchedule onlyPhq9 = new MeasureSchedule(List.of(ScheduledInstrument.everyN("phq-9", 2,
                EnumSet.of(Milestone.END_OF_TREATMENT))));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService clinicians = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> saves = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                saves.add(clinicians.submit(() -> {
                    together.await();
                    try {
                        schedules.changeCourseSchedule(org.clinician(), org.course(), onlyPhq9, 0);
                        return "saved";
                    }
                    catch (OptimisticLockingFailureException conflict) {
                        return "conflict";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> save : saves) {
                outcomes.add(save.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        }
        finally {
            clinicians.shutdownNow();
        }
        assertThat(schedules.courseSchedule(org.clinician(), org.course()).version()).isEqualTo(1);
    }

    @Test
    void aBrokenScheduleIsRefusedWithEveryReason() {
        MeasureSchedule broken = new MeasureSchedule(List.of(ScheduledInstrument.everyN("phq-9", 1, Set.of()),
                ScheduledInstrument.atMilestones("gad-7", Set.of()), ScheduledInstrument.everySession("epds", Set.of())));
        assertThatThrownBy(() -> schedules.changeCourseSchedule(org.clinician(), org.course(), broken, 0))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactlyInAnyOrder(
                        "schedule.every.invalid", "schedule.milestones.required",
                        "schedule.instrument.notAdministrable"));
    }

    @Test
    void onlyThoseWhoMayChangeTheClientsRecordChangeTheSchedule() {
        MeasureSchedule any = DefaultSchedules.forFormat("BRIEF_IPT");
        assertThatThrownBy(() -> schedules.changeCourseSchedule(org.otherClinician(), org.course(), any, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schedules.changeCourseSchedule(org.clientUser(), org.course(), any, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schedules.courseSchedule(org.otherClinician(), org.course()))
                .isInstanceOf(NotFoundException.class);
        var other = Fixtures.organisation(context);
        assertThatThrownBy(() -> schedules.courseSchedule(other.clinician(), org.course()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdministratorChangesTheFormatsScheduleAndCoursesFollowIt() {
        ProtocolSchedule before = schedules.protocolSchedule(org.admin(), org.protocol().id());
        assertThat(before.builtIn()).isTrue();
        MeasureSchedule gadOnly = new MeasureSchedule(List.of(ScheduledInstrument.atMilestones("gad-7",
                EnumSet.of(Milestone.BASELINE))));
        schedules.changeProtocolSchedule(org.admin(), org.protocol().id(), gadOnly, 0);
        assertThat(schedules.protocolSchedule(org.admin(), org.protocol().id()))
                .satisfies(s -> assertThat(s.builtIn()).isFalse()).satisfies(s -> assertThat(s.version()).isEqualTo(1));
        assertThat(schedules.courseSchedule(org.clinician(), org.course()).wanted()).extracting(Occasion::instrumentId)
                .containsExactly("gad-7");
        assertThatThrownBy(() -> schedules.changeProtocolSchedule(org.admin(), org.protocol().id(), gadOnly, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> schedules.protocolSchedule(org.clinician(), org.protocol().id()))
                .isInstanceOf(AccessDeniedException.class);
        var other = Fixtures.organisation(context);
        assertThatThrownBy(() -> schedules.protocolSchedule(other.admin(), org.protocol().id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCourseThatHasNotStartedHasNoOccasions() {
        ClientId client = caseload.register(org.clinician(), new ClientFields("Not Started", 1990, null, "en", "F-9"));
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(),
                new ContractTerms(12, org.protocol().settings().cadence(), 50, LocalDate.now(clock)));
        assertThat(schedules.courseSchedule(org.clinician(), course).occasions()).isEmpty();
        assertThat(schedules.wantedOfClients(org.id(), List.of(client), java.time.ZoneOffset.UTC)).isEmpty();
    }
}
