package org.openipt.timeline;

import org.jspecify.annotations.Nullable;

/**
 * A period of low mood: when it started, when it ended (none while it goes on), how severe it was, and whether it is
 * the current episode, whose start is the onset the timeline relates events to.
 */
public record MoodEpisodeEntry(ApproximateDate start, @Nullable ApproximateDate end, MoodSeverity severity,
        boolean current) {

    public boolean ongoing() {
        return end == null;
    }
}
