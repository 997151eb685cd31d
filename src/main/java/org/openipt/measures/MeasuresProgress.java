package org.openipt.measures;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a course is going by its questionnaires: per instrument the trajectory (picture and table) with its
 * outcomes, the course-level outcome, and whether the course is not on track.
 */
public record MeasuresProgress(List<Trajectory> trajectories, CourseOutcome outcome, @Nullable NotOnTrack notOnTrack) {

    public MeasuresProgress {
        trajectories = List.copyOf(trajectories);
    }

    /** The course-level rules (NHS Talking Therapies), each naming its definition and version. */
    public List<Finding> courseFindings() {
        return List.of(outcome.finishedCourse(), outcome.reliableImprovement(), outcome.reliableDeterioration(),
                outcome.recovery(), outcome.reliableRecovery());
    }

    /**
     * One instrument's scores over the course: the picture (and the same drawn for phone width), its table for screen
     * readers and its outcomes.
     */
    public record Trajectory(InstrumentDefinition instrument, InstrumentOutcome outcome, String picture,
            String narrowPicture, List<TrajectoryRow> rows) {

        public Trajectory {
            rows = List.copyOf(rows);
        }

        /** The first complete response, as its table row (with its band), if there is one. */
        public @Nullable TrajectoryRow firstResponse() {
            return scored().findFirst().orElse(null);
        }

        /** The last complete response, as its table row (with its band), if there is one. */
        public @Nullable TrajectoryRow lastResponse() {
            return scored().reduce((first, second) -> second).orElse(null);
        }

        private java.util.stream.Stream<TrajectoryRow> scored() {
            return rows.stream().filter(row -> row.kind() == TrajectoryRow.Kind.RESPONSE && row.total() != null);
        }

        /** The outcome rules shown with the chart, each naming its definition and version. */
        public List<Finding> findings() {
            return List.of(outcome.response(), outcome.remission(), outcome.reliableImprovement(),
                    outcome.reliableDeterioration(), outcome.caseAtLatest());
        }
    }
}
