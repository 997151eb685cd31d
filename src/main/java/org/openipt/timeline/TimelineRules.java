package org.openipt.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionEntry;
import org.openipt.inventory.RelationshipId;

/**
 * The rules of the timeline, free of Spring: dates are not in the future, an episode does not end before it starts,
 * a course has at most one current episode (whose start is the onset), ratings use the session's 0–10 scale, and an
 * event names only people of this client's inventory. Each method returns message keys, empty when all is well.
 */
public final class TimelineRules {

    /** The version a form names for a record that was never saved. */
    public static final long UNSAVED_VERSION = 0;

    private TimelineRules() {
    }

    public static List<String> eventProblems(LifeEventEntry event, LocalDate today,
            Collection<RelationshipId> inventory) {
        List<String> problems = new ArrayList<>();
        if (event.description().isBlank()) {
            problems.add("timeline.event.description.required");
        }
        if (event.description().length() > LifeEventEntry.DESCRIPTION_LENGTH) {
            problems.add("field.tooLong");
        }
        if (event.when().isAfter(today)) {
            problems.add("timeline.date.future");
        }
        if (!inventory.containsAll(event.people())) {
            problems.add("timeline.event.person.unknown");
        }
        return problems;
    }

    /**
     * Problems with an episode, given the course's other episodes ({@code others} leaves out the one being
     * changed).
     */
    public static List<String> episodeProblems(MoodEpisodeEntry episode, LocalDate today,
            Collection<MoodEpisode> others) {
        List<String> problems = new ArrayList<>();
        if (episode.start().isAfter(today)) {
            problems.add("timeline.date.future");
        }
        @Nullable ApproximateDate end = episode.end();
        if (end != null && end.isAfter(today)) {
            problems.add("timeline.episode.end.future");
        }
        if (end != null && end.lastDay().isBefore(episode.start().date())) {
            problems.add("timeline.episode.end.beforeStart");
        }
        if (episode.current() && others.stream().anyMatch(other -> other.entry().current())) {
            problems.add("timeline.episode.current.alreadyOne");
        }
        return problems;
    }

    public static List<String> pointProblems(MoodPointEntry point, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (point.rating() < SessionEntry.LOWEST_MOOD || point.rating() > SessionEntry.HIGHEST_MOOD) {
            problems.add("timeline.point.rating.range");
        }
        if (point.when().isAfter(today)) {
            problems.add("timeline.date.future");
        }
        return problems;
    }

    /**
     * What a day of the client's diary needs: a day from the course's start to today, and a mood rating on the
     * session scale; its words, when given, fit their fields.
     */
    public static List<String> diaryProblems(MoodDiaryEntry entry, LocalDate courseStart, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (entry.day() == null) {
            problems.add("diary.day.required");
        }
        else if (entry.day().isAfter(today)) {
            problems.add("timeline.date.future");
        }
        else if (entry.day().isBefore(courseStart)) {
            problems.add("diary.day.beforeCourse");
        }
        if (entry.rating() == null) {
            problems.add("diary.rating.required");
        }
        else if (entry.rating() < SessionEntry.LOWEST_MOOD || entry.rating() > SessionEntry.HIGHEST_MOOD) {
            problems.add("timeline.point.rating.range");
        }
        if (entry.whatHappened() != null && entry.whatHappened().length() > MoodDiaryEntry.WHAT_HAPPENED_LENGTH) {
            problems.add("diary.whatHappened.tooLong");
        }
        if (entry.withWhom() != null && entry.withWhom().length() > MoodDiaryEntry.WITH_WHOM_LENGTH) {
            problems.add("diary.withWhom.tooLong");
        }
        return problems;
    }

    /** The current episode, if one is marked. */
    public static Optional<MoodEpisode> currentEpisode(Collection<MoodEpisode> episodes) {
        return episodes.stream().filter(episode -> episode.entry().current()).findFirst();
    }

    /** The onset of the current episode: its start. */
    public static Optional<ApproximateDate> onset(Collection<MoodEpisode> episodes) {
        return currentEpisode(episodes).map(episode -> episode.entry().start());
    }
}
