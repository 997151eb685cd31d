package org.openipt.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle of a risk event as plain rules: in order, nothing skipped, one documented way back. */
class RiskEventRulesTests {

    @Test
    void theStepsGoInOrderFromOpenToClosed() {
        RiskState state = RiskState.OPEN;
        state = RiskEventRules.next(state, RiskStep.ACKNOWLEDGE);
        assertThat(state).isEqualTo(RiskState.ACKNOWLEDGED);
        state = RiskEventRules.next(state, RiskStep.ASSESS);
        assertThat(state).isEqualTo(RiskState.ASSESSED);
        state = RiskEventRules.next(state, RiskStep.ACTION);
        assertThat(state).isEqualTo(RiskState.ACTIONED);
        state = RiskEventRules.next(state, RiskStep.CLOSE);
        assertThat(state).isEqualTo(RiskState.CLOSED);
    }

    @Test
    void noStepIsSkipped() {
        assertThat(RiskEventRules.stepProblems(RiskState.OPEN, RiskStep.ASSESS)).containsExactly("safety.step.outOfOrder");
        assertThat(RiskEventRules.stepProblems(RiskState.OPEN, RiskStep.ACTION)).containsExactly("safety.step.outOfOrder");
        assertThat(RiskEventRules.stepProblems(RiskState.OPEN, RiskStep.CLOSE)).containsExactly("safety.step.outOfOrder");
        assertThat(RiskEventRules.stepProblems(RiskState.ACKNOWLEDGED, RiskStep.ACTION)).isNotEmpty();
        assertThat(RiskEventRules.stepProblems(RiskState.ACKNOWLEDGED, RiskStep.CLOSE)).isNotEmpty();
        assertThat(RiskEventRules.stepProblems(RiskState.ASSESSED, RiskStep.CLOSE)).isNotEmpty();
        assertThatThrownBy(() -> RiskEventRules.next(RiskState.OPEN, RiskStep.CLOSE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noStepGoesBackExceptANewAssessment() {
        assertThat(RiskEventRules.stepProblems(RiskState.ACKNOWLEDGED, RiskStep.ACKNOWLEDGE)).isNotEmpty();
        assertThat(RiskEventRules.stepProblems(RiskState.ASSESSED, RiskStep.ACKNOWLEDGE)).isNotEmpty();
        assertThat(RiskEventRules.stepProblems(RiskState.ACTIONED, RiskStep.ACTION)).isNotEmpty();
        // the documented way back: assess again, which asks for what was done again
        assertThat(RiskEventRules.next(RiskState.ASSESSED, RiskStep.ASSESS)).isEqualTo(RiskState.ASSESSED);
        assertThat(RiskEventRules.next(RiskState.ACTIONED, RiskStep.ASSESS)).isEqualTo(RiskState.ASSESSED);
    }

    @ParameterizedTest
    @EnumSource(RiskStep.class)
    void aClosedEventTakesNoStep(RiskStep step) {
        assertThat(RiskEventRules.stepProblems(RiskState.CLOSED, step)).containsExactly("safety.step.closed");
    }

    @Test
    void theNextStepsOfEachState() {
        assertThat(RiskEventRules.nextSteps(RiskState.OPEN)).containsExactly(RiskStep.ACKNOWLEDGE);
        assertThat(RiskEventRules.nextSteps(RiskState.ACKNOWLEDGED)).containsExactly(RiskStep.ASSESS);
        assertThat(RiskEventRules.nextSteps(RiskState.ASSESSED)).containsExactly(RiskStep.ASSESS, RiskStep.ACTION);
        assertThat(RiskEventRules.nextSteps(RiskState.ACTIONED)).containsExactly(RiskStep.ASSESS, RiskStep.CLOSE);
        assertThat(RiskEventRules.nextSteps(RiskState.CLOSED)).isEmpty();
    }

    @Test
    void anAssessmentNeedsALevelAndWords() {
        assertThat(RiskEventRules.assessmentProblems(null, " ")).containsExactly("safety.level.required",
                "safety.assessment.required");
        assertThat(RiskEventRules.assessmentProblems(RiskLevel.LOW, "Passive thoughts, no plan")).isEmpty();
        assertThat(RiskEventRules.assessmentProblems(RiskLevel.LOW, "x".repeat(RiskEventRules.MAX_TEXT + 1)))
                .containsExactly("safety.text.tooLong");
    }

    @Test
    void whatWasDoneNeedsAnActionAndANote() {
        assertThat(RiskEventRules.actionProblems(Set.of(), null)).containsExactly("safety.actions.required",
                "safety.actionNote.required");
        assertThat(RiskEventRules.actionProblems(EnumSet.of(RiskAction.SAFETY_PLAN, RiskAction.SAME_DAY_REVIEW),
                "Plan reviewed together")).isEmpty();
        assertThat(RiskEventRules.disclosureProblems("")).containsExactly("safety.disclosure.required");
        assertThat(RiskEventRules.closeProblems(null)).isEmpty();
    }

    @Test
    void theResponsibleClinicianTakesEveryStepASupervisorOnlyAcknowledgesAndAssesses() {
        for (RiskStep step : RiskStep.values()) {
            assertThat(RiskEventRules.mayTake(step, true, false)).isTrue();
            assertThat(RiskEventRules.mayTake(step, false, false)).isFalse();
        }
        assertThat(RiskEventRules.mayTake(RiskStep.ACKNOWLEDGE, false, true)).isTrue();
        assertThat(RiskEventRules.mayTake(RiskStep.ASSESS, false, true)).isTrue();
        assertThat(RiskEventRules.mayTake(RiskStep.ACTION, false, true)).isFalse();
        assertThat(RiskEventRules.mayTake(RiskStep.CLOSE, false, true)).isFalse();
    }

    @Test
    void anEventEscalatesOnceWhenLeftOpenForTheSetTime() {
        Instant opened = Instant.parse("2026-03-02T09:00:00Z");
        Duration within = Duration.ofMinutes(30);
        assertThat(RiskEventRules.dueForEscalation(RiskState.OPEN, opened, null, within, opened.plusSeconds(29 * 60)))
                .isFalse();
        assertThat(RiskEventRules.dueForEscalation(RiskState.OPEN, opened, null, within, opened.plusSeconds(30 * 60)))
                .isTrue();
        assertThat(RiskEventRules.dueForEscalation(RiskState.ACKNOWLEDGED, opened, null, within,
                opened.plusSeconds(3600))).isFalse();
        assertThat(RiskEventRules.dueForEscalation(RiskState.OPEN, opened, opened.plusSeconds(1800), within,
                opened.plusSeconds(3600))).isFalse();
        assertThat(RiskEventRules.escalationCutoff(within, opened.plusSeconds(3600))).isEqualTo(opened.plusSeconds(1800));
    }
}
