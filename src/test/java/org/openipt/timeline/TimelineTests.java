package org.openipt.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.CourseId;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class TimelineTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TimelineService timelines;
    @Autowired
    InventoryService inventory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    CourseId course;
    LocalDate today;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        course = org.course();
        today = LocalDate.now(clock);
    }

    @Test
    void eventsWithPeopleEpisodesAndRatingsMakeATimelineInDateOrderWithItsOnset() {
        RelationshipId dad = inventory.add(org.clinician(), course,
                RelationshipFields.of("Dad", RelationshipRole.PARENT, ClosenessRing.INNER));
        LifeEventId death = timelines.addEvent(org.clinician(), course, new LifeEventEntry(
                ApproximateDate.month(today.minusMonths(4).getYear(), today.minusMonths(4).getMonthValue()),
                LifeEventType.LOSS, "Father died", List.of(dad), true, null));
        timelines.addEvent(org.clinician(), course, new LifeEventEntry(ApproximateDate.year(today.getYear() - 3),
                LifeEventType.MOVE, "Moved to the city", List.of(), false, null));
        timelines.addEpisode(org.clinician(), course, new MoodEpisodeEntry(ApproximateDate.day(today.minusMonths(3)),
                null, MoodSeverity.MODERATE, true));
        timelines.addPoint(org.clinician(), course, new MoodPointEntry(ApproximateDate.day(today.minusDays(2)), 3));

        Timeline timeline = timelines.timeline(org.clinician(), course);

        assertThat(timeline.events()).extracting(e -> e.entry().description())
                .containsExactly("Moved to the city", "Father died");
        assertThat(timelines.event(org.clinician(), course, death).entry().people()).containsExactly(dad);
        assertThat(timeline.peopleOf(timeline.events().get(1))).containsExactly("Dad");
        assertThat(timeline.onset()).contains(ApproximateDate.day(today.minusMonths(3)));
        assertThat(timeline.rows()).extracting(TimelineRow::kind).containsExactly(TimelineRow.Kind.EVENT,
                TimelineRow.Kind.EVENT, TimelineRow.Kind.EPISODE, TimelineRow.Kind.POINT);
        assertThat(timelines.picture(org.clinician(), course, Locale.ENGLISH)).contains("data-kind=\"onset-link\"")
                .contains("Timeline of life events and mood");
        assertThat(jdbc.sql("select detail from audit_record where object_id = ? and object_type = 'TIMELINE'")
                .param(course.value()).query(String.class).list())
                .anyMatch(d -> d.startsWith("history.lifeEventAdded")).contains("history.timelineRead")
                .allMatch(d -> !d.contains("Father"));
    }

    @Test
    void anEventMayNameOnlyPeopleOfThisClientsInventory() {
        RelationshipId elsewhere = inventory.add(org.otherClinician(), otherCourse(),
                RelationshipFields.of("Stranger", RelationshipRole.FRIEND, ClosenessRing.OUTER));
        Fixtures.Organisation foreign = Fixtures.organisation(context);
        RelationshipId foreignPerson = inventory.add(foreign.clinician(), foreign.course(),
                RelationshipFields.of("Foreign", RelationshipRole.FRIEND, ClosenessRing.OUTER));

        for (RelationshipId refused : List.of(elsewhere, foreignPerson)) {
            assertThatThrownBy(() -> timelines.addEvent(org.clinician(), course, new LifeEventEntry(
                    ApproximateDate.year(today.getYear()), LifeEventType.CONFLICT, "Row", List.of(refused), false,
                    null))).isInstanceOf(RuleViolation.class).hasMessageContaining("timeline.event.person.unknown");
        }
        assertThat(timelines.timeline(org.clinician(), course).events()).isEmpty();
    }

    @Test
    void anotherOrganisationSeesNothingAndChangesNothing() {
        LifeEventId event = timelines.addEvent(org.clinician(), course, new LifeEventEntry(
                ApproximateDate.year(today.getYear()), LifeEventType.JOB, "Lost job", List.of(), false, null));
        Fixtures.Organisation foreign = Fixtures.organisation(context);

        assertThatThrownBy(() -> timelines.timeline(foreign.clinician(), course))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.event(foreign.clinician(), foreign.course(), event))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.removeEvent(foreign.clinician(), foreign.course(), event, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.addPoint(org.supervisor(), course, new MoodPointEntry(
                ApproximateDate.day(today), 5))).isInstanceOf(NotFoundException.class);
        assertThat(timelines.timeline(org.clinician(), course).events()).hasSize(1);
    }

    @Test
    void anEventFromASessionKeepsTheSessionWhichMustBeOfThisCourse() {
        LifeEventId event = timelines.addEvent(org.clinician(), course, new LifeEventEntry(
                ApproximateDate.day(today.minusDays(7)), LifeEventType.CONFLICT, "Row with sister", List.of(), false,
                org.session()));

        assertThat(timelines.event(org.clinician(), course, event).entry().sessionId()).isEqualTo(org.session());
        assertThat(timelines.sessionOf(org.clinician(), course, org.session()).intervalHistory())
                .isEqualTo("A calmer week");

        Fixtures.Organisation foreign = Fixtures.organisation(context);
        assertThatThrownBy(() -> timelines.addEvent(org.clinician(), course, new LifeEventEntry(
                ApproximateDate.day(today.minusDays(7)), LifeEventType.OTHER, "Elsewhere", List.of(), false,
                foreign.session()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleChangeIsAConflictAndOnlyOneEpisodeIsCurrent() {
        MoodEpisodeId first = timelines.addEpisode(org.clinician(), course, new MoodEpisodeEntry(
                ApproximateDate.year(today.getYear() - 1), null, MoodSeverity.MILD, true));
        assertThatThrownBy(() -> timelines.addEpisode(org.clinician(), course, new MoodEpisodeEntry(
                ApproximateDate.day(today), null, MoodSeverity.SEVERE, true))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("timeline.episode.current.alreadyOne");

        MoodEpisodeEntry changed = new MoodEpisodeEntry(ApproximateDate.year(today.getYear() - 1), null,
                MoodSeverity.SEVERE, true);
        timelines.changeEpisode(org.clinician(), course, first, changed, 0);
        assertThatThrownBy(() -> timelines.changeEpisode(org.clinician(), course, first, changed, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> timelines.removeEpisode(org.clinician(), course, first, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        timelines.removeEpisode(org.clinician(), course, first, 1);
        assertThat(timelines.timeline(org.clinician(), course).episodes()).isEmpty();
    }

    @Test
    void removingAPersonFromTheInventoryTakesThemOffTheirEvents() {
        RelationshipId mum = inventory.add(org.clinician(), course,
                RelationshipFields.of("Mum", RelationshipRole.PARENT, ClosenessRing.INNER));
        LifeEventId event = timelines.addEvent(org.clinician(), course, new LifeEventEntry(
                ApproximateDate.year(today.getYear()), LifeEventType.ILLNESS, "Mum ill", List.of(mum), false, null));

        inventory.remove(org.clinician(), course, mum, 0);

        assertThat(timelines.event(org.clinician(), course, event).entry().people()).isEmpty();
    }

    private CourseId otherCourse() {
        return context.getBean(org.openipt.course.CourseService.class).coursesOf(org.otherClinician(),
                org.otherClinicianClient()).stream().findFirst().map(c -> c.id()).orElseGet(() -> context
                .getBean(org.openipt.course.CourseService.class).start(org.otherClinician(),
                        org.otherClinicianClient(), org.protocol().id(), new org.openipt.course.ContractTerms(12,
                                org.protocol().settings().cadence(), 50, today.minusDays(1))));
    }
}
