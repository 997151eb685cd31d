package org.openipt.timeline;

import org.jspecify.annotations.Nullable;

/** One line of the timeline's table: a life event, a mood episode or a mood rating, exactly one of the three. */
public record TimelineRow(ApproximateDate when, Kind kind, @Nullable LifeEvent event, @Nullable MoodEpisode episode,
        @Nullable MoodPoint point) {

    public enum Kind {
        EVENT, EPISODE, POINT
    }

    static TimelineRow of(LifeEvent event) {
        return new TimelineRow(event.when(), Kind.EVENT, event, null, null);
    }

    static TimelineRow of(MoodEpisode episode) {
        return new TimelineRow(episode.entry().start(), Kind.EPISODE, null, episode, null);
    }

    static TimelineRow of(MoodPoint point) {
        return new TimelineRow(point.entry().when(), Kind.POINT, null, null, point);
    }
}
