package org.openipt.supervision;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;
import org.openipt.groups.GroupId;
import org.openipt.identity.UserId;

/** How the supervisor narrows and orders the dashboard; nulls mean "all". */
public record DashboardFilter(@Nullable UserId counsellor, @Nullable GroupId group, @Nullable Phase phase,
        @Nullable Flag flag, Sort sort, int page) {

    public static final DashboardFilter ALL = new DashboardFilter(null, null, null, null, Sort.NAME, 0);

    /** What needs a supervisor's eye. */
    public enum Flag {
        RISK, OVERDUE_MEASURES, NEVER_DISCUSSED
    }

    /** The orders offered; clients with an open risk event always come first. */
    public enum Sort {
        NAME, COUNSELLOR, PHASE, LATEST_SCORE, CHANGE, SINCE_DISCUSSED
    }
}
