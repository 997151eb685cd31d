package org.openipt.supervision;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.Phase;
import org.openipt.groups.GroupId;
import org.openipt.identity.UserId;

/**
 * One client on the supervisor's dashboard. {@code sessionsSinceDiscussed} counts the sessions held since the case
 * was last discussed in supervision (all of them when it never was); {@code fidelityPercent} is the counsellor's
 * latest supervisor-rated fidelity.
 */
public record DashboardRow(ClientId clientId, String name, UserId counsellor, String counsellorName,
        @Nullable GroupId groupId, @Nullable String groupName, @Nullable CourseId courseId, @Nullable Phase phase,
        int sessionsHeld, int contractedSessions, @Nullable Integer latestScore, @Nullable Integer change,
        int measuresDue, int measuresOverdue, int openRisks, boolean riskEscalated, int sessionsSinceDiscussed,
        boolean everDiscussed, @Nullable Integer fidelityPercent) {

    public boolean atRisk() {
        return openRisks > 0;
    }
}
