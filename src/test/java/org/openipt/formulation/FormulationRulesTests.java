package org.openipt.formulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormulationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aCourseHasOneOrTwoFocalAreasNeverTheSameTwice() {
        assertThat(FormulationRules.focalAreaProblems(List.of(), ProblemArea.GRIEF)).isEmpty();
        assertThat(FormulationRules.focalAreaProblems(List.of(ProblemArea.GRIEF), ProblemArea.ROLE_TRANSITION))
                .isEmpty();
        assertThat(FormulationRules.focalAreaProblems(List.of(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION),
                ProblemArea.ROLE_DISPUTE)).containsExactly("focalArea.tooMany");
        assertThat(FormulationRules.focalAreaProblems(List.of(ProblemArea.GRIEF), ProblemArea.GRIEF))
                .containsExactly("focalArea.duplicate");
        assertThat(FormulationRules.focusChosen(0)).isFalse();
        assertThat(FormulationRules.focusChosen(1)).isTrue();
        assertThat(FormulationRules.focusChosen(2)).isTrue();
        assertThat(FormulationRules.focusChosen(3)).isFalse();
    }

    @Test
    void aDisputeStageMayMoveInAnyDirectionAndEveryChangeIsKept() {
        List<StageChange> history = FormulationRules.stageHistoryAfter(List.of(), DisputeStage.IMPASSE,
                TODAY.minusWeeks(4));
        history = FormulationRules.stageHistoryAfter(history, DisputeStage.RENEGOTIATION, TODAY.minusWeeks(2));
        history = FormulationRules.stageHistoryAfter(history, DisputeStage.RENEGOTIATION, TODAY.minusWeeks(1));
        history = FormulationRules.stageHistoryAfter(history, DisputeStage.IMPASSE, TODAY);

        assertThat(history).containsExactly(new StageChange(DisputeStage.IMPASSE, TODAY.minusWeeks(4)),
                new StageChange(DisputeStage.RENEGOTIATION, TODAY.minusWeeks(2)),
                new StageChange(DisputeStage.IMPASSE, TODAY));
        assertThat(FormulationRules.stageProblems(history, DisputeStage.DISSOLUTION, TODAY, TODAY)).isEmpty();
    }

    @Test
    void aDisputeNeedsAStageAndChangesCannotGoBackInTimeOrAhead() {
        List<StageChange> history = List.of(new StageChange(DisputeStage.IMPASSE, TODAY.minusDays(3)));

        assertThat(FormulationRules.stageProblems(List.of(), null, TODAY, TODAY))
                .containsExactly("focalArea.stage.required");
        assertThat(FormulationRules.stageProblems(history, null, TODAY, TODAY)).isEmpty();
        assertThat(FormulationRules.stageProblems(history, DisputeStage.DISSOLUTION, TODAY.minusDays(4), TODAY))
                .containsExactly("focalArea.stage.beforeLast");
        assertThat(FormulationRules.stageProblems(history, DisputeStage.DISSOLUTION, TODAY.plusDays(1), TODAY))
                .containsExactly("focalArea.stage.future");
        assertThat(FormulationRules.stageProblems(history, DisputeStage.IMPASSE, TODAY.minusDays(9), TODAY))
                .as("naming the current stage again changes nothing").isEmpty();
    }

    @Test
    void theMiddlePhaseNeedsAFormulationTheClientAccepted() {
        assertThat(FormulationRules.accepted(FormulationEntry.NONE)).isFalse();
        assertThat(FormulationRules.accepted(new FormulationEntry("We will work on the dispute with your sister",
                null, null))).isFalse();
        assertThat(FormulationRules.accepted(new FormulationEntry("We will work on the dispute with your sister",
                TODAY, "Agreed and added her own words"))).isTrue();
        assertThat(FormulationRules.formulationProblems(new FormulationEntry(" ", TODAY, null), TODAY))
                .containsExactly("formulation.acceptanceNeedsText");
        assertThat(FormulationRules.formulationProblems(new FormulationEntry("Text", TODAY.plusDays(1), null), TODAY))
                .containsExactly("formulation.acceptedInFuture");
        assertThat(FormulationRules.formulationProblems(new FormulationEntry("Text", null, "Nodded"), TODAY))
                .containsExactly("formulation.acceptanceNeedsDate");
    }

    @Test
    void theMiddlePhaseNeedsADiagnosisAndTheSickRole() {
        assertThat(FormulationRules.assessmentComplete(null, TODAY)).isFalse();
        assertThat(FormulationRules.assessmentComplete("Major depressive episode, moderate", null)).isFalse();
        assertThat(FormulationRules.assessmentComplete("Major depressive episode, moderate", TODAY)).isTrue();
        assertThat(FormulationRules.assessmentProblems(new AssessmentEntry("Depression", null, "F32.1", null, TODAY,
                null), TODAY)).containsExactly("assessment.code.systemRequired");
        assertThat(FormulationRules.assessmentProblems(new AssessmentEntry(null, null, null, TODAY.plusDays(1),
                TODAY.plusDays(1), null), TODAY)).containsExactly("assessment.sickRole.needsDiagnosis",
                        "assessment.sickRole.future", "assessment.psychoeducation.future");
    }

    @Test
    void goalsMoveForwardAndMayBeReopened() {
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.OPEN, GoalStatus.IN_PROGRESS)).isNull();
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED)).isNull();
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.ACHIEVED, GoalStatus.IN_PROGRESS)).isNull();
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.DROPPED, GoalStatus.OPEN)).isNull();
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.OPEN, GoalStatus.OPEN)).isNull();
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.OPEN, GoalStatus.ACHIEVED))
                .isEqualTo("goal.status.notAllowed");
        assertThat(FormulationRules.goalStatusProblem(GoalStatus.ACHIEVED, GoalStatus.DROPPED))
                .isEqualTo("goal.status.notAllowed");
        assertThat(FormulationRules.goalReviewProblems(GoalStatus.OPEN, GoalStatus.IN_PROGRESS, 11, TODAY, TODAY))
                .containsExactly("goal.rating.range");
    }

    @Test
    void medicationCannotStopBeforeItStarted() {
        assertThat(FormulationRules.medicationProblems(new MedicationEntry("Sertraline", "50 mg", "GP",
                TODAY, TODAY.minusDays(1)))).containsExactly("medication.stopBeforeStart");
        assertThat(FormulationRules.medicationProblems(new MedicationEntry(" ", null, null, null, null)))
                .containsExactly("medication.name.required");
    }

    @Test
    void eachAreaHasAClinicalAndAPlainLabel() {
        assertThat(ProblemArea.ROLE_TRANSITION.messageKey("lay")).isEqualTo("problemArea.ROLE_TRANSITION.lay");
        assertThat(ProblemArea.ROLE_TRANSITION.messageKey("clinical"))
                .isEqualTo("problemArea.ROLE_TRANSITION.clinical");
    }

    @Test
    void thePersonGrievedForDiedByToday() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(FormulationRules.detailProblems(new GriefDetail("Her father", today, null, null), today)).isEmpty();
        assertThat(FormulationRules.detailProblems(new GriefDetail("Her father", null, null, null), today)).isEmpty();
        assertThat(FormulationRules.detailProblems(new GriefDetail("Her father", today.plusDays(1), null, null), today))
                .containsExactly("focalArea.grief.diedInFuture");
        assertThat(FormulationRules.detailProblems(GriefDetail.NONE, today)).isEmpty();
    }
}
