package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openipt.measures.Phq9Diagnosis.Syndrome;

/** Hand-worked examples. */
class InstrumentScoringTests {

    private static final String[] PHQ = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    /** PHQ-9 answers by item score, items 1..9. */
    private Map<String, String> phq9(int... scores) {
        Map<String, String> answers = new HashMap<>();
        for (int item = 0; item < scores.length; item++) {
            answers.put("phq9-" + (item + 1), PHQ[scores[item]]);
        }
        return answers;
    }

    private ScoreResult scorePhq9(int... scores) {
        return InstrumentScoring.score(library.definition("phq-9"), phq9(scores));
    }

    @Test
    void phq9TotalBandAndCutoff() {
        // 2+2+1+1+0+1+0+0+0 = 7: mild, below 10
        ScoreResult mild = scorePhq9(2, 2, 1, 1, 0, 1, 0, 0, 0);
        assertThat(mild.total()).isEqualTo(7);
        assertThat(mild.band().code()).isEqualTo("mild");
        assertThat(mild.cutoffsMet()).isEmpty();
        assertThat(mild.riskFlagged()).isFalse();
        // 3+3+2+2+2+1+1+0+0 = 14: moderate, probable major depression
        ScoreResult moderate = scorePhq9(3, 3, 2, 2, 2, 1, 1, 0, 0);
        assertThat(moderate.total()).isEqualTo(14);
        assertThat(moderate.band().code()).isEqualTo("moderate");
        assertThat(moderate.cutoffMet("probable-major-depression")).isTrue();
        assertThat(scorePhq9(3, 3, 3, 3, 3, 3, 2, 0, 0).band().code()).isEqualTo("severe"); // 20
    }

    @Test
    void phq9DiagnosticAlgorithm() {
        // items 1, 3, 4, 5 at 2 and item 9 at 1: five counted with a core item -> major
        assertThat(Phq9Diagnosis.classify(scorePhq9(2, 0, 2, 2, 2, 0, 0, 0, 1))).contains(Syndrome.MAJOR_DEPRESSIVE);
        // the same without item 9: four counted -> other
        assertThat(Phq9Diagnosis.classify(scorePhq9(2, 0, 2, 2, 2, 0, 0, 0, 0))).contains(Syndrome.OTHER_DEPRESSIVE);
        // five items at 3 but neither item 1 nor 2 at 2 or more -> none
        assertThat(Phq9Diagnosis.classify(scorePhq9(1, 1, 3, 3, 3, 3, 3, 0, 0))).contains(Syndrome.NONE);
        // only the core item counts -> none (other needs two)
        assertThat(Phq9Diagnosis.classify(scorePhq9(0, 3, 1, 1, 1, 1, 1, 1, 0))).contains(Syndrome.NONE);
        // item 2 and item 9 at 1 -> two counted -> other
        assertThat(Phq9Diagnosis.classify(scorePhq9(0, 2, 0, 0, 0, 0, 0, 0, 1))).contains(Syndrome.OTHER_DEPRESSIVE);
        assertThat(Phq9Diagnosis.classify(scorePhq9(2, 2, 2, 2, 2))).isEmpty();
    }

    @Test
    void anIncompleteResponseHasNoTotalButItsRiskItemIsStillEvaluated() {
        Map<String, String> answers = phq9(0, 0, 0, 0, 0, 0, 0, 0, 1);
        answers.remove("phq9-3");
        ScoreResult result = InstrumentScoring.score(library.definition("phq-9"), answers);
        assertThat(result.complete()).isFalse();
        assertThat(result.missingItems()).containsExactly("phq9-3");
        assertThat(result.total()).isNull();
        assertThat(result.band()).isNull();
        assertThat(result.cutoffsMet()).isEmpty();
        assertThat(result.riskFlagged()).isTrue();
        assertThat(result.riskItemsEndorsed()).containsExactly("phq9-9");
        // only item 9 answered, "several days"
        ScoreResult onlyItem9 = InstrumentScoring.score(library.definition("phq-9"), Map.of("phq9-9", "LA6569-3"));
        assertThat(onlyItem9.riskFlagged()).isTrue();
        assertThat(onlyItem9.missingItems()).hasSize(8);
    }

    @Test
    void theDifficultyItemIsAnsweredButNotScored() {
        Map<String, String> answers = phq9(1, 1, 1, 1, 1, 1, 1, 1, 0);
        answers.put("phq9-difficulty", "extremely");
        ScoreResult result = InstrumentScoring.score(library.definition("phq-9"), answers);
        assertThat(result.total()).isEqualTo(8);
        assertThat(result.itemScores()).doesNotContainKey("phq9-difficulty");
    }

    @Test
    void epdsReverseScoringAndItsRiskItem() {
        // every item answered with the first option shown: items 1, 2, 4 score 0, the seven reversed items score 3
        Map<String, String> answers = new HashMap<>();
        for (int item = 1; item <= 10; item++) {
            answers.put("epds-" + item, "a");
        }
        ScoreResult first = InstrumentScoring.score(library.definition("epds"), answers);
        assertThat(first.total()).isEqualTo(21);
        assertThat(first.band().code()).isEqualTo("probable-depression");
        assertThat(first.riskItemsEndorsed()).containsExactly("epds-10");
        // the last option everywhere: 3 + 3 + 0 + 3 + 0*6 = 9, item 10 at 0 -> no risk
        answers.replaceAll((item, code) -> "d");
        ScoreResult last = InstrumentScoring.score(library.definition("epds"), answers);
        assertThat(last.total()).isEqualTo(9);
        assertThat(last.band().code()).isEqualTo("below-threshold");
        assertThat(last.riskFlagged()).isFalse();
        // item 10 third option (scores 1) -> risk, total 10 -> possible depression
        answers.put("epds-10", "c");
        ScoreResult possible = InstrumentScoring.score(library.definition("epds"), answers);
        assertThat(possible.total()).isEqualTo(10);
        assertThat(possible.cutoffMet("possible-depression")).isTrue();
        assertThat(possible.cutoffMet("probable-depression")).isFalse();
        assertThat(possible.riskItemsEndorsed()).containsExactly("epds-10");
    }

    @Test
    void pcl5ClusterSumsAndProvisionalRules() {
        InstrumentDefinition pcl5 = library.definition("pcl-5");
        // B: items 1-5 = 2,0,0,0,0 (sum 2, one endorsed); C: 6-7 = 0,3 (3, one); D: 8-14 = 2,2,0,0,0,0,0 (4, two);
        // E: 15-20 = 1,1,1,1,1,2 (7, one) -> DSM rule fails on E; total 16 -> below 33
        int[] scores = {2, 0, 0, 0, 0, 0, 3, 2, 2, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2};
        Map<String, String> answers = new HashMap<>();
        for (int item = 0; item < 20; item++) {
            answers.put("pcl5-" + (item + 1), String.valueOf(scores[item]));
        }
        ScoreResult result = InstrumentScoring.score(pcl5, answers);
        assertThat(result.total()).isEqualTo(16);
        assertThat(result.subscales()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "pcl5-cluster-b", 2, "pcl5-cluster-c", 3, "pcl5-cluster-d", 4, "pcl5-cluster-e", 7));
        Pcl5Diagnosis.Result rules = Pcl5Diagnosis.evaluate(pcl5, result).orElseThrow();
        assertThat(rules.endorsedItems()).containsEntry("pcl5-cluster-e", 1);
        assertThat(rules.dsmRuleMet()).isFalse();
        assertThat(rules.provisionalPtsd()).isFalse();
        // item 19 to 2: E has two endorsed -> DSM rule met, total 17 still below the cut-off
        answers.put("pcl5-19", "2");
        Pcl5Diagnosis.Result met = Pcl5Diagnosis.evaluate(pcl5, InstrumentScoring.score(pcl5, answers)).orElseThrow();
        assertThat(met.dsmRuleMet()).isTrue();
        assertThat(met.cutoffMet()).isFalse();
        assertThat(met.provisionalPtsd()).isTrue();
        // everything at 2: total 40 -> cut-off met too
        answers.replaceAll((item, code) -> "2");
        ScoreResult high = InstrumentScoring.score(pcl5, answers);
        assertThat(high.total()).isEqualTo(40);
        assertThat(Pcl5Diagnosis.evaluate(pcl5, high).orElseThrow().cutoffMet()).isTrue();
        // a cluster with a missing item has no sum; the response no total and no diagnosis
        answers.remove("pcl5-6");
        ScoreResult incomplete = InstrumentScoring.score(pcl5, answers);
        assertThat(incomplete.subscales()).containsOnlyKeys("pcl5-cluster-b", "pcl5-cluster-d", "pcl5-cluster-e");
        assertThat(Pcl5Diagnosis.evaluate(pcl5, incomplete)).isEmpty();
    }

    @Test
    void hamdSuicideItemAndWsasBands() {
        Map<String, String> hamd = new HashMap<>();
        for (int item = 1; item <= 17; item++) {
            hamd.put("hamd-" + item, "1");
        }
        hamd.put("hamd-3", "2");
        ScoreResult rated = InstrumentScoring.score(library.definition("hamd-17"), hamd);
        assertThat(rated.total()).isEqualTo(18);
        assertThat(rated.band().code()).isEqualTo("moderate");
        assertThat(rated.riskItemsEndorsed()).containsExactly("hamd-3");

        Map<String, String> wsas = Map.of("wsas-1", "8", "wsas-2", "4", "wsas-3", "4", "wsas-4", "2", "wsas-5", "2");
        ScoreResult functioning = InstrumentScoring.score(library.definition("wsas"), wsas);
        assertThat(functioning.total()).isEqualTo(20);
        assertThat(functioning.band().code()).isEqualTo("significant");
    }

    @Test
    void unknownItemsAndAnswersAreRefused() {
        InstrumentDefinition gad7 = library.definition("gad-7");
        assertThatThrownBy(() -> InstrumentScoring.score(gad7, Map.of("gad7-8", PHQ[0])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstrumentScoring.score(gad7, Map.of("gad7-1", "LA6572-7")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
