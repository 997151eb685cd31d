package org.openipt.supervision;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionView;

/**
 * A session's fidelity page: the session, its counsellor, the items its record answers, who is rating now, and the
 * ratings so far (the counsellor's own beside the supervisor's).
 */
public record FidelitySheet(SessionView session, String counsellorName, Map<FidelityItem, FidelityAnswer> derived,
        Rater rater, @Nullable FidelityRating self, @Nullable FidelityRating supervisor) {

    public @Nullable FidelityRating mine() {
        return rater == Rater.SELF ? self : supervisor;
    }
}
