package org.openipt.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openipt.inventory.RelationshipId;

class TimelineRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final RelationshipId DAD = new RelationshipId(UUID.randomUUID());

    @Test
    void anApproximateDateStartsItsPeriodAndReadsAsPeopleWriteIt() {
        ApproximateDate day = new ApproximateDate(LocalDate.of(2025, 3, 12), DatePrecision.DAY);
        ApproximateDate month = new ApproximateDate(LocalDate.of(2025, 3, 12), DatePrecision.MONTH);
        ApproximateDate year = new ApproximateDate(LocalDate.of(2025, 3, 12), DatePrecision.YEAR);

        assertThat(day.display(Locale.ENGLISH)).isEqualTo("12 Mar 2025");
        assertThat(month.display(Locale.ENGLISH)).isEqualTo("March 2025");
        assertThat(year.display(Locale.ENGLISH)).isEqualTo("2025");
        assertThat(month.date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(month.display(Locale.forLanguageTag("es"))).isEqualTo("marzo 2025");
        assertThat(ApproximateDate.month(2026, 3).isAfter(TODAY)).as("this month is not in the future").isFalse();
        assertThat(ApproximateDate.year(2027).isAfter(TODAY)).isTrue();
    }

    @Test
    void anEventNeedsWordsAPastDateAndOnlyPeopleOfThisInventory() {
        LifeEventEntry good = event(ApproximateDate.month(2025, 11), "Father died", List.of(DAD));
        assertThat(TimelineRules.eventProblems(good, TODAY, Set.of(DAD))).isEmpty();

        assertThat(TimelineRules.eventProblems(event(ApproximateDate.day(TODAY.plusDays(1)), " ", List.of()), TODAY,
                Set.of(DAD))).containsExactly("timeline.event.description.required", "timeline.date.future");
        assertThat(TimelineRules.eventProblems(event(ApproximateDate.year(2024), "x".repeat(201),
                List.of(new RelationshipId(UUID.randomUUID()))), TODAY, Set.of(DAD)))
                .containsExactly("field.tooLong", "timeline.event.person.unknown");
    }

    @Test
    void episodesEndAfterTheyStartAndOnlyOneIsCurrent() {
        MoodEpisodeEntry current = new MoodEpisodeEntry(ApproximateDate.month(2025, 12), null, MoodSeverity.MODERATE,
                true);
        assertThat(TimelineRules.episodeProblems(current, TODAY, List.of())).isEmpty();

        MoodEpisode stored = new MoodEpisode(new MoodEpisodeId(UUID.randomUUID()), current, 0);
        MoodEpisodeEntry another = new MoodEpisodeEntry(ApproximateDate.year(2020), ApproximateDate.year(2020),
                MoodSeverity.MILD, true);
        assertThat(TimelineRules.episodeProblems(another, TODAY, List.of(stored)))
                .containsExactly("timeline.episode.current.alreadyOne");
        assertThat(TimelineRules.episodeProblems(new MoodEpisodeEntry(ApproximateDate.month(2025, 6),
                ApproximateDate.month(2025, 6), MoodSeverity.MILD, false), TODAY, List.of(stored)))
                .as("an episode within one month ends in the month it started").isEmpty();
        assertThat(TimelineRules.episodeProblems(new MoodEpisodeEntry(ApproximateDate.month(2025, 6),
                ApproximateDate.day(LocalDate.of(2025, 5, 30)), MoodSeverity.MILD, false), TODAY, List.of()))
                .containsExactly("timeline.episode.end.beforeStart");
        assertThat(TimelineRules.episodeProblems(new MoodEpisodeEntry(ApproximateDate.day(TODAY.plusDays(3)),
                ApproximateDate.day(TODAY.plusDays(9)), MoodSeverity.SEVERE, false), TODAY, List.of()))
                .containsExactly("timeline.date.future", "timeline.episode.end.future");
        assertThat(TimelineRules.onset(List.of(stored))).contains(ApproximateDate.month(2025, 12));
    }

    @Test
    void ratingsUseTheSessionScaleAndAreNotInTheFuture() {
        assertThat(TimelineRules.pointProblems(new MoodPointEntry(ApproximateDate.day(TODAY), 0), TODAY)).isEmpty();
        assertThat(TimelineRules.pointProblems(new MoodPointEntry(ApproximateDate.day(TODAY), 10), TODAY)).isEmpty();
        assertThat(TimelineRules.pointProblems(new MoodPointEntry(ApproximateDate.day(TODAY.plusDays(1)), 11), TODAY))
                .containsExactly("timeline.point.rating.range", "timeline.date.future");
        assertThat(TimelineRules.pointProblems(new MoodPointEntry(ApproximateDate.year(2025), -1), TODAY))
                .containsExactly("timeline.point.rating.range");
    }

    static LifeEventEntry event(ApproximateDate when, String description, List<RelationshipId> people) {
        return new LifeEventEntry(when, LifeEventType.LOSS, description, people, false, null);
    }
}
