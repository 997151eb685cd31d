package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasurePoint;
import org.openipt.measures.MeasuresProgress;
import org.openipt.measures.OutcomeRules;
import org.openipt.measures.OutcomeSettings;
import org.openipt.measures.internal.TrajectoryChart;

/**
 * What the client's progress page says of one questionnaire, as a pure rule: the change between the first and the
 * latest complete score, "more than the usual ups and downs" only when the reliable-improvement rule is met, and a
 * pointer to help now only for a rising score.
 */
class MyProgressTests {

    static final InstrumentDefinition PHQ9 = InstrumentLibrary.standard().definition("phq-9");
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void aFallOfSixOrMoreIsLowerAndBeyondTheUsualUpsAndDowns() {
        MyProgress.Line line = line(18, 9);
        assertThat(line.change()).isEqualTo(MyProgress.Change.LOWER);
        assertThat(line.beyondUsualUpsAndDowns()).isTrue();
        assertThat(line.pointsToHelp()).isFalse();
        assertThat(line.first().total()).isEqualTo(18);
        assertThat(line.latest().total()).isEqualTo(9);
    }

    @Test
    void aSmallFallIsLowerButNotCalledMoreThanTheUsualUpsAndDowns() {
        MyProgress.Line line = line(14, 12);
        assertThat(line.change()).isEqualTo(MyProgress.Change.LOWER);
        assertThat(line.beyondUsualUpsAndDowns()).isFalse();
    }

    @Test
    void theSameScoreAndARisingOne() {
        assertThat(line(11, 11).change()).isEqualTo(MyProgress.Change.SAME);
        MyProgress.Line rising = line(8, 16);
        assertThat(rising.change()).isEqualTo(MyProgress.Change.HIGHER);
        assertThat(rising.pointsToHelp()).isTrue();
        assertThat(rising.beyondUsualUpsAndDowns()).isFalse();
    }

    @Test
    void oneScoreOrNoneAtAll() {
        assertThat(line(12).change()).isEqualTo(MyProgress.Change.ONE_SCORE);
        MyProgress.Line incompleteOnly = of(List.of(new MeasurePoint(START, 1, null)));
        assertThat(incompleteOnly.change()).isNull();
        assertThat(incompleteOnly.pointsToHelp()).isFalse();
    }

    private static MyProgress.Line line(int... totals) {
        List<MeasurePoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            points.add(new MeasurePoint(START.plusWeeks(2L * i), 1 + 2 * i, totals[i]));
        }
        return of(points);
    }

    private static MyProgress.Line of(List<MeasurePoint> points) {
        return MyProgress.Line.of(new MeasuresProgress.Trajectory(PHQ9,
                new OutcomeRules(new OutcomeSettings(null)).instrument("phq-9", points), "<svg/>", "<svg/>",
                TrajectoryChart.rows(PHQ9, points, List.of(), List.of())));
    }
}
