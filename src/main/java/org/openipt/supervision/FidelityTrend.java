package org.openipt.supervision;

import java.util.List;

import org.openipt.identity.UserId;

/**
 * A counsellor's ratings over time, oldest first, with the chart drawn from them for desktop and phone; {@code team}
 * to choose from.
 */
public record FidelityTrend(UserId counsellor, String counsellorName, List<FidelityRating> ratings, String chart,
        String narrowChart,
        List<org.openipt.identity.UserSummary> team) {
}
