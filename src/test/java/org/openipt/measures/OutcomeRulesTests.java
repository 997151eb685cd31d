package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openipt.measures.Finding.Verdict;

/** The outcome rules of ipt-reference §5.10 on hand-worked examples. */
class OutcomeRulesTests {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    final OutcomeRules rules = OutcomeRules.standard();

    /** Complete totals one week apart, sessions 1, 2, … */
    static List<MeasurePoint> totals(Integer... totals) {
        List<MeasurePoint> points = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            points.add(new MeasurePoint(START.plusWeeks(i), i + 1, totals[i]));
        }
        return points;
    }

    @Test
    void phq9From18To8IsResponseAndReliableImprovementButNotRemission() {
        InstrumentOutcome outcome = rules.instrument("phq-9", totals(18, 12, 8));

        assertThat(outcome.baseline().score()).isEqualTo(18);
        assertThat(outcome.latest().score()).isEqualTo(8);
        assertThat(outcome.change()).isEqualTo(-10);
        assertThat(outcome.percentChange()).isCloseTo(-55.6, within(0.1));
        assertThat(outcome.response().verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome.reliableImprovement().verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome.reliableImprovement().definition()).isEqualTo(OutcomeDefinition.RELIABLE_IMPROVEMENT);
        assertThat(outcome.reliableDeterioration().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.remission().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.caseAtBaseline().met()).isTrue();
        assertThat(outcome.caseAtLatest().notMet()).isTrue();
    }

    @Test
    void phq9From18To4IsRemission() {
        InstrumentOutcome outcome = rules.instrument("phq-9", totals(18, 4));

        assertThat(outcome.remission().met()).isTrue();
        assertThat(outcome.response().met()).isTrue();
    }

    @Test
    void remissionIsBelowFiveNotAtFive() {
        assertThat(rules.instrument("phq-9", totals(18, 5)).remission().met()).isFalse();
    }

    @Test
    void phq9From12To7IsNotReliableImprovementBecauseFiveIsBelowSix() {
        InstrumentOutcome outcome = rules.instrument("phq-9", totals(12, 7));

        assertThat(outcome.change()).isEqualTo(-5);
        assertThat(outcome.reliableImprovement().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(rules.instrument("phq-9", totals(12, 6)).reliableImprovement().met()).as("a drop of 6").isTrue();
    }

    @Test
    void responseNeedsAtLeastHalf() {
        assertThat(rules.instrument("phq-9", totals(15, 8)).response().met()).as("7 of 15 is under half").isFalse();
        assertThat(rules.instrument("phq-9", totals(16, 8)).response().met()).as("exactly half").isTrue();
    }

    @Test
    void gad7UsesFourPointsForReliableChangeAndEightForCaseness() {
        InstrumentOutcome better = rules.instrument("gad-7", totals(11, 7));
        assertThat(better.reliableImprovement().met()).isTrue();
        assertThat(better.caseAtBaseline().met()).isTrue();
        assertThat(better.caseAtLatest().met()).as("7 is below 8").isFalse();
        assertThat(better.remission().reasonKey()).isEqualTo(Finding.NOT_FOR_THIS_INSTRUMENT);

        assertThat(rules.instrument("gad-7", totals(8, 11)).reliableImprovement().met()).isFalse();
        assertThat(rules.instrument("gad-7", totals(7, 11)).reliableDeterioration().met()).isTrue();
        assertThat(rules.instrument("gad-7", totals(8, 11)).reliableDeterioration().met()).as("a rise of 3").isFalse();
    }

    @Test
    void phq9RiseOfSixIsReliableDeterioration() {
        InstrumentOutcome worse = rules.instrument("phq-9", totals(9, 15));
        assertThat(worse.reliableDeterioration().met()).isTrue();
        assertThat(worse.reliableImprovement().met()).isFalse();
        assertThat(worse.response().met()).isFalse();
    }

    @Test
    void casenessCutOffs() {
        assertThat(OutcomeRules.caseness("phq-9", 10).met()).isTrue();
        assertThat(OutcomeRules.caseness("phq-9", 9).met()).isFalse();
        assertThat(OutcomeRules.caseness("gad-7", 8).met()).isTrue();
        assertThat(OutcomeRules.caseness("gad-7", 7).met()).isFalse();
        assertThat(OutcomeRules.caseness("pcl-5", 50).verdict()).isEqualTo(Verdict.NOT_AVAILABLE);
    }

    @Test
    void theWorkedJacobsonTruaxIllustrationGivesAboutSixPoints() {
        ReliableChangeParameters illustration = new ReliableChangeParameters(5.5, 0.84, "ipt-reference §5.10 example");

        assertThat(illustration.standardError()).isCloseTo(2.2, within(0.001));
        assertThat(illustration.standardErrorOfDifference()).isCloseTo(3.11, within(0.005));
        assertThat(illustration.minimumReliableChange()).isCloseTo(6.1, within(0.05));
        assertThat(illustration.index(18, 12)).isCloseTo(-1.93, within(0.01));
    }

    @Test
    void jacobsonTruaxDecidesForOtherInstrumentsOnlyWithConfiguredParameters() {
        assertThat(rules.instrument("pcl-5", totals(50, 30)).reliableImprovement())
                .isEqualTo(Finding.notAvailable(OutcomeDefinition.JACOBSON_TRUAX, Finding.NO_RELIABLE_CHANGE_PARAMETERS));
        assertThat(rules.instrument("pcl-5", totals(50, 30)).reliableChangeIndex()).isNull();

        OutcomeRules configured = new OutcomeRules(new OutcomeSettings(Map.of("pcl-5",
                new ReliableChangeParameters(5.5, 0.84, "test"))));
        InstrumentOutcome fell7 = configured.instrument("pcl-5", totals(50, 43));
        assertThat(fell7.reliableImprovement().met()).as("7 > 6.1").isTrue();
        assertThat(fell7.reliableImprovement().definition()).isEqualTo(OutcomeDefinition.JACOBSON_TRUAX);
        assertThat(configured.instrument("pcl-5", totals(50, 44)).reliableImprovement().met()).as("6 < 6.1").isFalse();
        assertThat(configured.instrument("pcl-5", totals(40, 47)).reliableDeterioration().met()).isTrue();
        assertThat(fell7.caseAtBaseline().reasonKey()).isEqualTo(Finding.NOT_FOR_THIS_INSTRUMENT);
    }

    @Test
    void configuredParametersForPhq9AddTheIndexButTheNhsThresholdDecides() {
        OutcomeRules configured = new OutcomeRules(new OutcomeSettings(Map.of("phq-9",
                new ReliableChangeParameters(5.5, 0.84, "test"))));
        InstrumentOutcome outcome = configured.instrument("phq-9", totals(18, 12));

        assertThat(outcome.reliableChangeIndex()).isCloseTo(-1.93, within(0.01));
        assertThat(outcome.reliableImprovement().met()).as("6 points on the NHS rule").isTrue();
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new ReliableChangeParameters(0, 0.8, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReliableChangeParameters(5, 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReliableChangeParameters(5, 0.8, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OutcomeSettings(null).reliableChange()).isEmpty();
    }

    @Test
    void aBaselineOfZeroHasNoResponse() {
        InstrumentOutcome outcome = rules.instrument("phq-9", totals(0, 3));

        assertThat(outcome.response().reasonKey()).isEqualTo(Finding.BASELINE_ZERO);
        assertThat(outcome.percentChange()).isNull();
        assertThat(outcome.change()).isEqualTo(3);
        assertThat(outcome.remission().met()).isTrue();
        assertThat(outcome.reliableDeterioration().met()).isFalse();
    }

    @Test
    void withoutAnyCompleteResponseNothingIsAvailable() {
        InstrumentOutcome outcome = rules.instrument("phq-9",
                List.of(new MeasurePoint(START, 1, null), new MeasurePoint(START.plusWeeks(1), 2, null)));

        assertThat(outcome.baseline()).isNull();
        assertThat(outcome.latest()).isNull();
        assertThat(outcome.incompleteResponses()).isEqualTo(2);
        assertThat(List.of(outcome.response(), outcome.remission(), outcome.reliableImprovement(),
                outcome.reliableDeterioration(), outcome.caseAtBaseline(), outcome.caseAtLatest()))
                .allSatisfy(f -> assertThat(f.reasonKey()).isEqualTo(Finding.NO_BASELINE));
        assertThat(rules.instrument("phq-9", List.of()).baseline()).isNull();
    }

    @Test
    void oneResponseGivesCasenessButNoComparison() {
        InstrumentOutcome outcome = rules.instrument("phq-9", totals(14));

        assertThat(outcome.baseline()).isEqualTo(outcome.latest());
        assertThat(outcome.change()).isNull();
        assertThat(outcome.hasFollowUp()).isFalse();
        assertThat(outcome.caseAtBaseline().met()).isTrue();
        assertThat(List.of(outcome.response(), outcome.remission(), outcome.reliableImprovement(),
                outcome.reliableDeterioration()))
                .allSatisfy(f -> assertThat(f.reasonKey()).isEqualTo(Finding.ONLY_ONE_RESPONSE));
        assertThat(rules.instrument("pcl-5", totals(40)).reliableImprovement().reasonKey())
                .isEqualTo(Finding.NO_RELIABLE_CHANGE_PARAMETERS);
    }

    @Test
    void incompleteResponsesAreIgnoredAndOrderIsByDate() {
        List<MeasurePoint> points = List.of(new MeasurePoint(START.plusWeeks(3), 4, null),
                new MeasurePoint(START.plusWeeks(2), 3, 9), new MeasurePoint(START.minusWeeks(1), null, null),
                new MeasurePoint(START, 1, 20));

        InstrumentOutcome outcome = rules.instrument("phq-9", points);

        assertThat(outcome.baseline().score()).isEqualTo(20);
        assertThat(outcome.latest().score()).isEqualTo(9);
        assertThat(outcome.completeResponses()).isEqualTo(2);
        assertThat(outcome.incompleteResponses()).isEqualTo(2);
        assertThat(outcome.response().met()).isTrue();
    }

    @Test
    void aPointTakesItsTotalOnlyFromACompleteScore() {
        InstrumentDefinition phq9 = InstrumentLibrary.standard().definition("phq-9");
        Map<String, String> answers = new LinkedHashMap<>();
        phq9.scoredItems().forEach(item -> answers.put(item.linkId(), item.options().get(1).code().code()));
        assertThat(MeasurePoint.of(START, 1, InstrumentScoring.score(phq9, answers)).total()).isEqualTo(9);
        answers.remove(phq9.scoredItems().getFirst().linkId());
        MeasurePoint incomplete = MeasurePoint.of(START, 1, InstrumentScoring.score(phq9, answers));
        assertThat(incomplete.complete()).isFalse();
        assertThatThrownBy(incomplete::score).isInstanceOf(IllegalStateException.class);
    }

    // ------------------------------------------------------------------------------------------ course level

    @Test
    void recoveryAndReliableRecovery() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(16, 11, 7), "gad-7", totals(12, 9, 6)), 8);

        assertThat(outcome.finishedCourse().met()).isTrue();
        assertThat(outcome.caseAtBaseline().met()).isTrue();
        assertThat(outcome.reliableImprovement().met()).isTrue();
        assertThat(outcome.recovery().met()).isTrue();
        assertThat(outcome.reliableRecovery().met()).isTrue();
        assertThat(outcome.reliableRecovery().definition()).isEqualTo(OutcomeDefinition.RELIABLE_RECOVERY);
    }

    @Test
    void recoveryWithoutReliableImprovementIsNotReliableRecovery() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(11, 8), "gad-7", totals(8, 6)), 6);

        assertThat(outcome.recovery().met()).isTrue();
        assertThat(outcome.reliableImprovement().met()).as("3 and 2 points").isFalse();
        assertThat(outcome.reliableRecovery().verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void stillACaseOnOneMeasureIsNotRecovery() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(16, 7), "gad-7", totals(12, 9)), 6);

        assertThat(outcome.recovery().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.reliableRecovery().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.reliableImprovement().met()).isTrue();
    }

    @Test
    void notACaseAtBaselineLeavesRecoveryOut() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(8, 3), "gad-7", totals(6, 2)), 6);

        assertThat(outcome.caseAtBaseline().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.recovery().reasonKey()).isEqualTo(Finding.NOT_A_CASE_AT_BASELINE);
        assertThat(outcome.reliableRecovery().reasonKey()).isEqualTo(Finding.NOT_A_CASE_AT_BASELINE);
    }

    @Test
    void recoveryNeedsBothMeasures() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(18, 4)), 6);

        assertThat(outcome.recovery().reasonKey()).isEqualTo(Finding.NEEDS_BOTH_MEASURES);
        assertThat(outcome.reliableImprovement().met()).as("on the one measure there is").isTrue();
        assertThat(outcome.caseAtBaseline().met()).isTrue();
        assertThat(rules.course(Map.of("phq-9", totals(7, 4)), 6).caseAtBaseline().reasonKey())
                .isEqualTo(Finding.NEEDS_BOTH_MEASURES);
    }

    @Test
    void reliableImprovementOnOneWithReliableDeteriorationOnTheOtherIsNeither() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(18, 10), "gad-7", totals(6, 12)), 6);

        assertThat(outcome.reliableImprovement().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome.reliableDeterioration().verdict()).isEqualTo(Verdict.NOT_MET);
        CourseOutcome worse = rules.course(Map.of("phq-9", totals(10, 12), "gad-7", totals(6, 12)), 6);
        assertThat(worse.reliableDeterioration().met()).isTrue();
    }

    @Test
    void finishedCourseNeedsTwoTreatmentSessions() {
        assertThat(rules.course(Map.of(), 1).finishedCourse().met()).isFalse();
        assertThat(rules.course(Map.of(), 2).finishedCourse().met()).isTrue();
        CourseOutcome nothing = rules.course(Map.of(), 2);
        assertThat(nothing.reliableImprovement().reasonKey()).isEqualTo(Finding.NO_BASELINE);
        assertThat(nothing.caseAtBaseline().reasonKey()).isEqualTo(Finding.NO_BASELINE);
        assertThat(rules.course(Map.of("phq-9", totals(12)), 2).reliableImprovement().reasonKey())
                .isEqualTo(Finding.ONLY_ONE_RESPONSE);
    }

    // ------------------------------------------------------------------------------------------ not on track

    @Test
    void pastTheMiddleWithoutReliableImprovementAndStillACaseIsNotOnTrack() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(17, 16, 15, 14), "gad-7", totals(9, 9, 7, 7)), 7);

        NotOnTrack notOnTrack = rules.notOnTrack(outcome, 7, 12).orElseThrow();

        assertThat(notOnTrack.instrumentsAboveCaseness()).containsExactly("phq-9");
        assertThat(notOnTrack.nextStepKeys()).containsExactly(NotOnTrack.STEP_FORMULATION, NotOnTrack.STEP_ATTENDANCE,
                NotOnTrack.STEP_SICK_ROLE, NotOnTrack.STEP_MEDICATION);
        assertThat(notOnTrack.definition()).isEqualTo(OutcomeDefinition.NOT_ON_TRACK);
        assertThat(rules.notOnTrack(outcome, 6, 12)).as("session 6 of 12 is the middle, not past it").isEmpty();
        assertThat(rules.notOnTrack(outcome, 7, 0)).as("no contract").isEmpty();
    }

    @Test
    void reliableImprovementOrBelowCasenessIsOnTrack() {
        CourseOutcome improving = rules.course(Map.of("phq-9", totals(20, 16, 14)), 7);
        assertThat(rules.notOnTrack(improving, 10, 12)).as("20 → 14 is reliable improvement").isEmpty();
        CourseOutcome belowCaseness = rules.course(Map.of("phq-9", totals(12, 11, 9)), 7);
        assertThat(rules.notOnTrack(belowCaseness, 10, 12)).as("9 is below caseness").isEmpty();
        assertThat(rules.notOnTrack(rules.course(Map.of(), 7), 10, 12)).as("nothing to judge by").isEmpty();
    }

    @Test
    void onlyABaselinePastTheMiddleIsNotOnTrackWhenItIsACase() {
        CourseOutcome outcome = rules.course(Map.of("phq-9", totals(15)), 9);

        assertThat(rules.notOnTrack(outcome, 9, 16)).isPresent();
    }

    // ------------------------------------------------------------------------------------------ definitions

    @Test
    void everyDefinitionIsNamedVersionedAndDescribedInBothLanguages() {
        List<OutcomeDefinition> all = OutcomeDefinition.all();

        assertThat(all.stream().map(OutcomeDefinition::id).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(all).allSatisfy(d -> {
            assertThat(d.id()).matches("[a-z0-9-]+");
            assertThat(d.version()).isNotBlank();
            assertThat(d.source()).contains("§5.10");
        });
        assertThat(OutcomeDefinition.RELIABLE_IMPROVEMENT.label()).isEqualTo("nhs-tt-reliable-improvement v1");
        Set<String> keys = new java.util.TreeSet<>(all.stream().map(OutcomeDefinition::descriptionKey).toList());
        keys.addAll(NotOnTrack.NEXT_STEPS);
        keys.addAll(List.of(NotOnTrack.HEADING_KEY, NotOnTrack.SUMMARY_KEY, Finding.NO_BASELINE,
                Finding.ONLY_ONE_RESPONSE, Finding.BASELINE_ZERO, Finding.NOT_FOR_THIS_INSTRUMENT,
                Finding.NO_RELIABLE_CHANGE_PARAMETERS, Finding.NEEDS_BOTH_MEASURES, Finding.NOT_A_CASE_AT_BASELINE));
        for (Verdict verdict : Verdict.values()) {
            keys.add(new Finding(OutcomeDefinition.CHANGE, verdict,
                    verdict == Verdict.NOT_AVAILABLE ? Finding.NO_BASELINE : null).verdictKey());
        }
        OutcomeBundles.assertDefinedInBothLanguages(keys);
    }
}
