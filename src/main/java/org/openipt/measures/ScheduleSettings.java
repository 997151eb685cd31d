package org.openipt.measures;

import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strictly schedules are read ({@code openipt.measures.schedule.*}).
 *
 * @param window how far before or after its day a response still satisfies a milestone, and how long after its day
 *        an occasion not taken is still chased before it counts as missed (default 14 days; not a clinical fact)
 * @param grace how long after its day an occasion stays due before it is overdue (default 3 days)
 */
@ConfigurationProperties("openipt.measures.schedule")
public record ScheduleSettings(@Nullable Period window, @Nullable Period grace) {

    public static final Period DEFAULT_WINDOW = Period.ofDays(14);
    public static final Period DEFAULT_GRACE = Period.ofDays(3);

    public ScheduleSettings {
        window = window == null ? DEFAULT_WINDOW : window;
        grace = grace == null ? DEFAULT_GRACE : grace;
    }

    public static ScheduleSettings defaults() {
        return new ScheduleSettings(DEFAULT_WINDOW, DEFAULT_GRACE);
    }

    @Override
    public Period window() {
        return window == null ? DEFAULT_WINDOW : window;
    }

    @Override
    public Period grace() {
        return grace == null ? DEFAULT_GRACE : grace;
    }
}
