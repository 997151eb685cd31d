package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.Finding;
import org.openipt.measures.MeasuresProgress;
import org.openipt.measures.TrajectoryRow;

/**
 * "My progress": the client's own questionnaire scores as their clinician chose to share them, per questionnaire the
 * chart, its table and what changed since the first score, in words that are accurate and never falsely reassuring.
 * Whether a course is "on track" is the clinician's conversation with the client: it is not here.
 */
public record MyProgress(boolean shared, List<Line> lines) {

    public static final MyProgress NOT_SHARED = new MyProgress(false, List.of());

    public MyProgress {
        lines = List.copyOf(lines);
    }

    /** What changed between the first and the latest complete score. */
    public enum Change {
        /** Only one complete score so far. */
        ONE_SCORE,
        /** Lower (better on every questionnaire a client fills in). */
        LOWER,
        /** The same total. */
        SAME,
        /** Higher: something to talk about with the therapist. */
        HIGHER;

        static Change between(TrajectoryRow first, TrajectoryRow latest) {
            if (first == latest) {
                return ONE_SCORE;
            }
            int difference = Integer.compare(latest.total(), first.total());
            return difference < 0 ? LOWER : difference == 0 ? SAME : HIGHER;
        }
    }

    /** One questionnaire: its picture and table, the first and latest score and the change between them. */
    public record Line(MeasuresProgress.Trajectory trajectory, @Nullable TrajectoryRow first,
            @Nullable TrajectoryRow latest, @Nullable Change change, boolean beyondUsualUpsAndDowns) {

        static Line of(MeasuresProgress.Trajectory trajectory) {
            TrajectoryRow first = trajectory.firstResponse();
            TrajectoryRow latest = trajectory.lastResponse();
            Change change = first == null || latest == null ? null : Change.between(first, latest);
            boolean reliable = trajectory.outcome().reliableImprovement().verdict() == Finding.Verdict.MET;
            return new Line(trajectory, first, latest, change, change == Change.LOWER && reliable);
        }

        /** A rising score: the page points to where to find help now, beside the advice to talk about it. */
        public boolean pointsToHelp() {
            return change == Change.HIGHER;
        }
    }
}
