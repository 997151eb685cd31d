package org.openipt.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.GriefDetail;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

@DatabaseTest
class WorksheetTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorksheetService worksheets;
    @Autowired
    CourseService courses;
    @Autowired
    SessionService sessionService;
    @Autowired
    InventoryService inventory;
    @Autowired
    FormulationService formulations;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures.Organisation org;
    CourseId course;
    RelationshipId sister;
    FocalAreaId dispute;

    @BeforeEach
    void course() {
        org = Fixtures.organisation(context);
        course = org.course();
        sister = inventory.add(org.clinician(), course, RelationshipFields.of("Sister", RelationshipRole.SIBLING,
                ClosenessRing.INNER));
        dispute = focalArea(org.clinician(), course);
    }

    private FocalAreaId focalArea(org.openipt.identity.CurrentUser clinician, CourseId of) {
        return formulations.addFocalArea(clinician, of, new FocalAreaEntry(GriefDetail.NONE));
    }

    static CommunicationAnalysis communicationAnalysis() {
        return new CommunicationAnalysis("Sister", LocalDate.of(2026, 3, 1), "Argument at dinner",
                List.of(new Turn(Speaker.CLIENT, "You never call me", "sharp", "hurt"),
                        new Turn(Speaker.OTHER, "I'm busy, you know that", "cold", "small")),
                "I miss her", "That I was blaming her",
                Set.of(CommunicationPattern.ACCUSING_YOU_STATEMENTS, CommunicationPattern.ASSUMED_COMMUNICATED),
                List.of("I miss our talks; could we call on Sundays?", "Say nothing"), 0, "Practised twice",
                "Call on Sunday", null);
    }

    @Test
    void eachKindIsWrittenAndReadBackWithItsLinks() {
        WorksheetLinks links = new WorksheetLinks(org.session(), sister, dispute);
        WorksheetId ca = worksheets.create(org.clinician(), course, UUID.randomUUID(),
                new WorksheetDraft("Dinner argument", links, communicationAnalysis()));
        WorksheetId da = worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Whether to move", WorksheetLinks.NONE, new DecisionAnalysis("Move in with my sister?",
                        List.of(new DecisionOption("Move", "company", "less space"),
                                new DecisionOption("Stay", "quiet", "alone")), 1, "Tell her", null)));
        WorksheetId rp = worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Asking for a call", WorksheetLinks.NONE, new RolePlay("Ask sister for a weekly call", "herself",
                        "the sister", "I miss our talks", "Softer tone worked", 3, 7)));
        WorksheetId task = worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Call on Sunday", WorksheetLinks.NONE, new WorkAtHomeTask("Call my sister on Sunday",
                        LocalDate.of(2026, 3, 8), TaskStatus.PARTLY, "We spoke briefly")));

        Worksheet read = worksheets.worksheet(org.clinician(), course, ca);
        assertThat(read.content()).isEqualTo(communicationAnalysis());
        assertThat(read.links()).isEqualTo(links);
        assertThat(read.title()).isEqualTo("Dinner argument");
        assertThat(((DecisionAnalysis) worksheets.worksheet(org.clinician(), course, da).content()).chosen())
                .isEqualTo(new DecisionOption("Stay", "quiet", "alone"));
        assertThat(((RolePlay) worksheets.worksheet(org.clinician(), course, rp).content()).confidenceAfter())
                .isEqualTo(7);
        assertThat(worksheets.worksheet(org.clinician(), course, task).content()).isEqualTo(new WorkAtHomeTask(
                "Call my sister on Sunday", LocalDate.of(2026, 3, 8), TaskStatus.PARTLY, "We spoke briefly"));

        WorksheetList list = worksheets.worksheets(org.supervisor(), course, 0);
        assertThat(list.worksheets().total()).isEqualTo(4);
        assertThat(list.worksheets().items()).extracting(WorksheetSummary::type).containsExactly(
                WorksheetType.COMMUNICATION_ANALYSIS, WorksheetType.DECISION_ANALYSIS, WorksheetType.ROLE_PLAY,
                WorksheetType.WORK_AT_HOME);
        assertThat(list.changeable()).isFalse();
        assertThat(worksheets.worksheets(org.clinician(), course, 0).changeable()).isTrue();
    }

    @Test
    void sendingTheSameSubmissionTwiceWritesOneWorksheet() {
        UUID key = UUID.randomUUID();
        WorksheetDraft draft = new WorksheetDraft("Call on Sunday", WorksheetLinks.NONE,
                new WorkAtHomeTask("Call my sister", null, TaskStatus.NOT_STARTED, null));
        WorksheetId first = worksheets.create(org.clinician(), course, key, draft);
        WorksheetId again = worksheets.create(org.clinician(), course, key, draft);

        assertThat(again).isEqualTo(first);
        assertThat(worksheets.worksheets(org.clinician(), course, 0).worksheets().total()).isEqualTo(1);
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameMomentWriteOneWorksheet() throws Exception {
        UUID key = UUID.randomUUID();
        WorksheetDraft draft = new WorksheetDraft("Call on Sunday", WorksheetLinks.NONE,
                new WorkAtHomeTask("Call my sister", null, TaskStatus.NOT_STARTED, null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<WorksheetId> send = () -> {
                start.await();
                return worksheets.create(org.clinician(), course, key, draft);
            };
            var first = threads.submit(send);
            var second = threads.submit(send);
            start.countDown();
            assertThat(first.get()).isEqualTo(second.get());
        }
        finally {
            threads.shutdown();
        }
        assertThat(worksheets.worksheets(org.clinician(), course, 0).worksheets().total()).isEqualTo(1);
    }

    @Test
    void linksToAnotherCourseAreRefused() {
        CourseId otherCourse = courses.start(org.otherClinician(), org.otherClinicianClient(), org.protocol().id(),
                new ContractTerms(12, org.protocol().settings().cadence(), 50, LocalDate.now(clock).minusDays(7)));
        SessionId otherSession = sessionService.recordSession(org.otherClinician(), otherCourse, new SessionEntry(
                LocalDateTime.of(LocalDate.now(clock).minusDays(7), LocalTime.NOON), SessionMode.VIDEO,
                Attendance.ATTENDED, null, null, null));
        RelationshipId otherPerson = inventory.add(org.otherClinician(), otherCourse,
                RelationshipFields.of("Neighbour", RelationshipRole.FRIEND, ClosenessRing.OUTER));
        FocalAreaId otherArea = focalArea(org.otherClinician(), otherCourse);

        assertThatThrownBy(() -> worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Foreign links", new WorksheetLinks(otherSession, otherPerson, otherArea), communicationAnalysis())))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKeys())
                        .containsExactly("worksheet.session.unknown", "worksheet.relationship.unknown",
                                "worksheet.focalArea.unknown"));
        assertThat(worksheets.worksheets(org.clinician(), course, 0).worksheets().total()).isZero();
    }

    @Test
    void aStaleChangeOrDeletionIsAConflict() {
        WorksheetId id = worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Role play", WorksheetLinks.NONE, new RolePlay("Scenario", null, null, null, null, 2, null)));
        long read = worksheets.worksheet(org.clinician(), course, id).version();
        worksheets.change(org.clinician(), course, id, new WorksheetDraft("Role play", WorksheetLinks.NONE,
                new RolePlay("Scenario", null, null, null, null, 2, 6)), read);

        assertThatThrownBy(() -> worksheets.change(org.clinician(), course, id, new WorksheetDraft("Mine",
                WorksheetLinks.NONE, new RolePlay("Other", null, null, null, null, 2, 4)), read))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> worksheets.delete(org.clinician(), course, id, read))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(((RolePlay) worksheets.worksheet(org.clinician(), course, id).content()).confidenceAfter())
                .isEqualTo(6);

        worksheets.delete(org.clinician(), course, id, read + 1);
        assertThatThrownBy(() -> worksheets.worksheet(org.clinician(), course, id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theKindOfAWorksheetCannotChange() {
        WorksheetId id = worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Task", WorksheetLinks.NONE, new WorkAtHomeTask("Call", null, TaskStatus.NOT_STARTED, null)));
        assertThatThrownBy(() -> worksheets.change(org.clinician(), course, id, new WorksheetDraft("Task",
                WorksheetLinks.NONE, new RolePlay(null, null, null, null, null, null, null)), 0))
                .isInstanceOf(RuleViolation.class).hasMessage("worksheet.type.unchangeable");
    }

    @Test
    void onlyTheClientsClinicianWritesAndNobodyOutsideReads() {
        WorksheetDraft draft = new WorksheetDraft("Task", WorksheetLinks.NONE,
                new WorkAtHomeTask("Call", null, TaskStatus.NOT_STARTED, null));
        assertThatThrownBy(() -> worksheets.create(org.otherClinician(), course, UUID.randomUUID(), draft))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> worksheets.create(org.supervisor(), course, UUID.randomUUID(), draft))
                .isInstanceOf(NotFoundException.class);
        WorksheetId id = worksheets.create(org.clinician(), course, UUID.randomUUID(), draft);
        Fixtures.Organisation foreign = Fixtures.organisation(context);
        assertThatThrownBy(() -> worksheets.worksheet(foreign.clinician(), course, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> worksheets.worksheet(foreign.clinician(), foreign.course(), id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyReadAndWriteIsAuditedWithoutWhatTheWorksheetSays() {
        WorksheetId id = worksheets.create(org.clinician(), course, UUID.randomUUID(), new WorksheetDraft(
                "Secret title", WorksheetLinks.NONE, communicationAnalysis()));
        Worksheet read = worksheets.worksheet(org.clinician(), course, id);
        worksheets.change(org.clinician(), course, id, new WorksheetDraft("Secret title", WorksheetLinks.NONE,
                communicationAnalysis()), read.version());
        worksheets.delete(org.clinician(), course, id, read.version() + 1);

        List<String> details = jdbc.sql("select action || ' ' || detail from audit_record where object_id = ? "
                + "order by occurred_at").param(id.value()).query(String.class).list();
        assertThat(details).containsExactlyInAnyOrder("CREATE history.worksheetCreated", "READ history.worksheetRead",
                "UPDATE history.worksheetChanged", "UPDATE history.worksheetDeleted");
        assertThat(jdbc.sql("select count(*) from audit_record where detail like '%Secret%' or detail like "
                + "'%never call%'").query(Long.class).single()).isZero();
    }
}
