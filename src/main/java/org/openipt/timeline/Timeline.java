package org.openipt.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.inventory.RelationshipId;

/**
 * The timeline of a course: life events, mood episodes and mood ratings, each list in date order, with the aliases
 * of the inventory's people (closest ring first) (for the events that name them) and whether the user may change it.
 */
public record Timeline(CourseId courseId, ClientId clientId, List<LifeEvent> events, List<MoodEpisode> episodes,
        List<MoodPoint> points, Map<RelationshipId, String> people, boolean changeable) {

    public Timeline {
        events = events.stream().sorted(Comparator.comparing(LifeEvent::when)).toList();
        episodes = episodes.stream().sorted(Comparator.comparing(e -> e.entry().start())).toList();
        points = points.stream().sorted(Comparator.comparing(p -> p.entry().when())).toList();
        people = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(people));
    }

    public boolean isEmpty() {
        return events.isEmpty() && episodes.isEmpty() && points.isEmpty();
    }

    public Optional<MoodEpisode> currentEpisode() {
        return TimelineRules.currentEpisode(episodes);
    }

    public Optional<ApproximateDate> onset() {
        return TimelineRules.onset(episodes);
    }

    /** Everything on the timeline in date order, for the table beside the picture. */
    public List<TimelineRow> rows() {
        List<TimelineRow> rows = new ArrayList<>();
        events.forEach(event -> rows.add(TimelineRow.of(event)));
        episodes.forEach(episode -> rows.add(TimelineRow.of(episode)));
        points.forEach(point -> rows.add(TimelineRow.of(point)));
        rows.sort(Comparator.comparing(TimelineRow::when).thenComparing(TimelineRow::kind));
        return rows;
    }

    /** The aliases of the people an event involves, in the event's order; people who left the inventory are gone. */
    public List<String> peopleOf(LifeEvent event) {
        return event.entry().people().stream().map(people::get).filter(alias -> alias != null).toList();
    }
}
