package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.ClientResponse;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.Goal;

/**
 * "My plan" in the portal: what the clinician shared of the formulation (its words and the problem areas, which the
 * portal names in plain words whatever the format's wording for staff) and of the goals, and what the client
 * answered.
 *
 * @param answerable whether the client may accept the formulation or ask to talk about it now (shared, written,
 *     course open, not accepted yet)
 */
public record MyPlan(boolean formulationShared, @Nullable String formulation, List<FocalArea> focalAreas,
        boolean goalsShared, List<Goal> goals, @Nullable ClientResponse response, long version,
        boolean answerable) {

    public MyPlan {
        focalAreas = List.copyOf(focalAreas);
        goals = List.copyOf(goals);
    }

    static final MyPlan NOTHING_SHARED = new MyPlan(false, null, List.of(), false, List.of(), null, 0, false);

    public boolean nothingShared() {
        return !formulationShared && !goalsShared;
    }

    public boolean accepted() {
        return response != null && response.kind() == ClientResponse.Kind.ACCEPTED;
    }
}
