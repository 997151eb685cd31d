package org.openipt.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.audit.AuditEntry;
import org.openipt.course.ChecklistItem;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseRecord;
import org.openipt.course.CourseService;
import org.openipt.course.Phase;
import org.openipt.course.PhaseTransition;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class FormulationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentService assessments;
    @Autowired
    FormulationService formulations;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    ProtocolCatalog protocols;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    CourseId course;
    LocalDate today;

    @Autowired
    InventoryService inventory;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        course = org.course();
        today = LocalDate.now(clock);
        courses.agreeContract(org.clinician(), course, today.minusDays(7), version());
        inventory.add(org.clinician(), course, RelationshipFields.of("Sister", RelationshipRole.SIBLING,
                ClosenessRing.MIDDLE));
    }

    @Test
    void theMiddlePhaseWaitsForTheAssessmentAFocusAndAnAcceptedFormulation() {
        assertThat(checklist()).filteredOn(item -> !item.met()).extracting(ChecklistItem::messageKey)
                .containsExactlyInAnyOrder("checklist.diagnosisAndSickRole", "checklist.focalArea",
                        "checklist.formulationAccepted");
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.requirementsUnmet");

        assessments.record(org.clinician(), course, new AssessmentEntry("Depressive episode", null, null, today,
                today, MedicationEvaluation.REFERRED), FormulationRules.UNSAVED_VERSION);
        FocalAreaId dispute = formulations.addFocalArea(org.clinician(), course, dispute(DisputeStage.IMPASSE,
                today.minusDays(2)));
        formulations.record(org.clinician(), course, new FormulationEntry("Your mood fell as the arguments with your "
                + "sister stalled; we will work on that dispute.", null, null), FormulationRules.UNSAVED_VERSION);
        assertThat(checklist()).filteredOn(item -> !item.met()).extracting(ChecklistItem::messageKey)
                .containsExactly("checklist.formulationAccepted");

        formulations.record(org.clinician(), course, new FormulationEntry("Your mood fell as the arguments with your "
                + "sister stalled; we will work on that dispute.", today, "She agreed and said it fits"), 0);
        courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, version());
        assertThat(coursePages.course(org.clinician(), course).course().phase()).isEqualTo(Phase.MIDDLE);

        List<String> history = coursePages.course(org.clinician(), course).history().stream().map(AuditEntry::detail)
                .toList();
        assertThat(history).contains("history.assessmentRecorded", "history.focalAreaAdded",
                "history.formulationRecorded", "history.formulationAccepted", "history.moved.MIDDLE");
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = :id and action = 'READ' and "
                + "detail = 'history.formulationRead'").param("id", course.value()).query(Integer.class).single())
                .isZero();
        formulations.formulation(org.supervisor(), course);
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = :id and action = 'READ' and "
                + "detail = 'history.formulationRead'").param("id", course.value()).query(Integer.class).single())
                .as("reads are audited too").isEqualTo(1);
        assertThat(formulations.formulation(org.clinician(), course).focalAreas()).extracting(FocalArea::id)
                .containsExactly(dispute);
    }

    @Test
    void aClinicianMayMoveDespiteUnmetItemsWithAReasonKeptOnTheCourseNotInTheAudit() {
        String reason = "Client in crisis housing; we agreed to start the focused work now";
        assertThatThrownBy(() -> courses.moveWithOverride(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, " ",
                version())).isInstanceOf(RuleViolation.class).hasMessageContaining("phase.override.reasonRequired");
        assertThatThrownBy(() -> courses.moveWithOverride(org.supervisor(), course, PhaseTransition.BEGIN_MIDDLE,
                reason, version())).isInstanceOf(NotFoundException.class);

        courses.moveWithOverride(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, reason, version());

        CourseRecord record = coursePages.course(org.clinician(), course);
        assertThat(record.course().phase()).isEqualTo(Phase.MIDDLE);
        assertThat(record.course().override()).isNotNull();
        assertThat(record.course().override().reason()).isEqualTo(reason);
        assertThat(record.course().override().to()).isEqualTo(Phase.MIDDLE);
        assertThat(record.history()).extracting(AuditEntry::detail).contains("history.movedWithOverride.MIDDLE");
        assertThat(jdbc.sql("select count(*) from audit_record where detail like :reason")
                .param("reason", "%crisis housing%").query(Integer.class).single()).as("no note text in the audit")
                .isZero();
    }

    @Test
    void atMostTwoFocalAreasAndTheDisputeStageKeepsItsHistory() {
        FocalAreaId dispute = formulations.addFocalArea(org.clinician(), course, dispute(DisputeStage.RENEGOTIATION,
                today.minusDays(10)));
        formulations.addFocalArea(org.clinician(), course, grief());
        assertThatThrownBy(() -> formulations.addFocalArea(org.clinician(), course, grief()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("focalArea.tooMany");

        long version = formulations.focalArea(org.clinician(), course, dispute).version();
        formulations.changeDisputeStage(org.clinician(), course, dispute, DisputeStage.IMPASSE, today.minusDays(3),
                version);
        long afterStage = formulations.focalArea(org.clinician(), course, dispute).version();
        assertThatThrownBy(() -> formulations.changeDisputeStage(org.clinician(), course, dispute,
                DisputeStage.IMPASSE, today, afterStage)).as("the same stage again is no change")
                .isInstanceOf(RuleViolation.class).hasMessageContaining("focalArea.stage.unchanged");
        assertThatThrownBy(() -> formulations.changeDisputeStage(org.clinician(), course, dispute,
                DisputeStage.RENEGOTIATION, today.minusDays(4), afterStage))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("focalArea.stage.beforeLast");
        formulations.changeFocalArea(org.clinician(), course, dispute, dispute(DisputeStage.DISSOLUTION, today),
                afterStage);
        assertThat(formulations.focalArea(org.clinician(), course, dispute).currentStage())
                .as("saving the dispute's words leaves its stage as it is").isEqualTo(DisputeStage.IMPASSE);
        version = formulations.focalArea(org.clinician(), course, dispute).version();
        formulations.changeDisputeStage(org.clinician(), course, dispute, DisputeStage.RENEGOTIATION, null, version);

        FocalArea stored = formulations.focalArea(org.clinician(), course, dispute);
        assertThat(stored.stageHistory()).containsExactly(
                new StageChange(DisputeStage.RENEGOTIATION, today.minusDays(10)),
                new StageChange(DisputeStage.IMPASSE, today.minusDays(3)),
                new StageChange(DisputeStage.RENEGOTIATION, today));
        assertThat(stored.detail()).isInstanceOfSatisfying(DisputeDetail.class,
                detail -> assertThat(detail.withWhom()).isEqualTo("Her sister"));
        FocalAreaId griefArea = formulations.formulation(org.clinician(), course).focalAreas().stream()
                .filter(area -> area.area() == ProblemArea.GRIEF).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> formulations.changeDisputeStage(org.clinician(), course, griefArea,
                DisputeStage.IMPASSE, today, formulations.focalArea(org.clinician(), course, griefArea).version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("focalArea.stage.notADispute");
    }

    @Test
    void goalsBelongToAFocalAreaAndKeepTheirRatings() {
        FocalAreaId area = formulations.addFocalArea(org.clinician(), course, grief());
        GoalId goal = formulations.addGoal(org.clinician(), course, area, "Visit the grave with my brother");

        formulations.reviewGoal(org.clinician(), course, goal, "Visit the grave with my brother",
                GoalStatus.IN_PROGRESS, 3, today.minusDays(7), 0);
        formulations.reviewGoal(org.clinician(), course, goal, "Visit the grave with my brother",
                GoalStatus.ACHIEVED, 9, today, 1);
        assertThatThrownBy(() -> formulations.reviewGoal(org.clinician(), course, goal, "Visit the grave",
                GoalStatus.DROPPED, null, today, 2)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("goal.status.notAllowed");

        Goal stored = formulations.goal(org.clinician(), course, goal);
        assertThat(stored.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(stored.ratings()).containsExactly(new GoalRating(today.minusDays(7), 3), new GoalRating(today, 9));
        assertThatThrownBy(() -> formulations.removeFocalArea(org.clinician(), course, area,
                formulations.focalArea(org.clinician(), course, area).version())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("focalArea.hasGoals");
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() {
        assertThat(assessments.assessment(org.clinician(), course).version())
                .isEqualTo(FormulationRules.UNSAVED_VERSION);
        assessments.record(org.clinician(), course, new AssessmentEntry("Depressive episode", null, null, null,
                null, null), FormulationRules.UNSAVED_VERSION);
        assertThatThrownBy(() -> assessments.record(org.clinician(), course, new AssessmentEntry("Twice", null,
                null, null, null, null), FormulationRules.UNSAVED_VERSION))
                .as("a second first save is stale too").isInstanceOf(OptimisticLockingFailureException.class);
        assessments.record(org.clinician(), course, new AssessmentEntry("Depressive episode, moderate", null, null,
                null, today, null), 0);
        assertThatThrownBy(() -> assessments.record(org.clinician(), course, new AssessmentEntry("Other", null, null,
                null, today, null), 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(assessments.assessment(org.clinician(), course).entry().diagnosis())
                .isEqualTo("Depressive episode, moderate");

        MedicationId medication = assessments.addMedication(org.clinician(), course, new MedicationEntry("Sertraline",
                "50 mg", "Family doctor", today.minusDays(30), null));
        assessments.changeMedication(org.clinician(), course, medication, new MedicationEntry("Sertraline",
                "100 mg", "Family doctor", today.minusDays(30), null), 0);
        assertThatThrownBy(() -> assessments.changeMedication(org.clinician(), course, medication,
                new MedicationEntry("Sertraline", "25 mg", null, null, null), 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(assessments.assessment(org.clinician(), course).medications()).extracting(m -> m.entry().dose())
                .containsExactly("100 mg");

        FocalAreaId area = formulations.addFocalArea(org.clinician(), course, grief());
        formulations.changeFocalArea(org.clinician(), course, area, grief(), 0);
        assertThatThrownBy(() -> formulations.changeFocalArea(org.clinician(), course, area, grief(), 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void onlyThoseWhoMaySeeTheClientReachTheRecordAndOnlyTheClinicianChangesIt() {
        assertThatThrownBy(() -> assessments.assessment(org.otherClinician(), course))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> formulations.formulation(org.otherClinician(), course))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> formulations.addFocalArea(org.otherClinician(), course, grief()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.record(org.supervisor(), course, new AssessmentEntry("x", null, null,
                null, null, null), FormulationRules.UNSAVED_VERSION)).isInstanceOf(NotFoundException.class);
        assertThat(assessments.assessment(org.supervisor(), course).changeable()).isFalse();
        assertThatThrownBy(() -> formulations.formulation(org.admin(), course)).isInstanceOf(NotFoundException.class);

        FocalAreaId area = formulations.addFocalArea(org.clinician(), course, grief());
        Fixtures.Organisation other = Fixtures.organisation(context);
        assertThatThrownBy(() -> formulations.focalArea(other.clinician(), other.course(), area))
                .as("an id of another course is not found").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> formulations.focalArea(org.clinician(), other.course(), area))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLimitedSickRoleIsUsedForAdolescentsAndLayFormatsUsePlainLabels() {
        Protocol adolescents = protocols.protocolByCode(org.id(), "IPT_A");
        Protocol group = protocols.protocolByCode(org.id(), "GROUP_IPT_WHO");
        assertThat(adolescents.settings().limitedSickRole()).isTrue();
        assertThat(assessments.assessment(org.clinician(), course).limitedSickRole()).isFalse();
        assertThat(group.wording()).isEqualTo("lay");
        assertThat(formulations.formulation(org.clinician(), course).wording()).isEqualTo("clinical");
    }

    private FocalAreaEntry dispute(DisputeStage stage, LocalDate on) {
        return new FocalAreaEntry(new DisputeDetail("Her sister", "Care of their mother", "Shared care",
                "Client does it all", List.of(new StageChange(stage, on))));
    }

    private static FocalAreaEntry grief() {
        return new FocalAreaEntry(new GriefDetail("Father", LocalDate.of(2025, 11, 2), "Sudden illness",
                "His birthday in May"));
    }

    private List<ChecklistItem> checklist() {
        return coursePages.course(org.clinician(), course).checklist();
    }

    private long version() {
        return coursePages.course(org.clinician(), course).course().version();
    }
}
