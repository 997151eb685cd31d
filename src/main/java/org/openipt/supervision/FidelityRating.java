package org.openipt.supervision;

import java.time.Instant;
import java.util.Map;

import org.openipt.course.CourseId;
import org.openipt.course.SessionId;

/** One rating of one session's adherence, by the counsellor or their supervisor, with every item's answer. */
public record FidelityRating(CourseId courseId, SessionId sessionId, Rater rater,
        Map<FidelityItem, FidelityAnswer> answers, int met, int rated, Instant ratedAt) {

    public FidelityRating {
        answers = Map.copyOf(answers);
    }

    public int percent() {
        return new FidelityRules.Score(met, rated).percent();
    }
}
