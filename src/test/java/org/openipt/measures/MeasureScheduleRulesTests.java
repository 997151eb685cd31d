package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.measures.ScheduleTimeline.HeldSession;

/** Hand-worked schedules: weekly sessions from Monday 2 March 2026, window 14 days, grace 3 days. */
class MeasureScheduleRulesTests {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final ScheduleSettings SETTINGS = ScheduleSettings.defaults();

    private static List<HeldSession> weekly(int count) {
        List<HeldSession> sessions = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            sessions.add(new HeldSession(k, UUID.nameUUIDFromBytes(("s" + k).getBytes()), START.plusWeeks(k - 1)));
        }
        return sessions;
    }

    private static ScheduleTimeline open(int sessions) {
        return new ScheduleTimeline(true, START, weekly(sessions), null, null, null);
    }

    private static GivenMeasure atSession(String instrument, HeldSession session) {
        return new GivenMeasure(instrument, session.day(), session.sessionId());
    }

    private static List<String> summary(List<Occasion> occasions) {
        return occasions.stream().map(o -> o.instrumentId() + " " + o.key() + " " + o.dueOn() + " " + o.status()).toList();
    }

    private static MeasureSchedule schedule(ScheduledInstrument... entries) {
        return new MeasureSchedule(List.of(entries));
    }

    @Test
    void aCourseThatHasNotStartedHasNoOccasions() {
        var course = new ScheduleTimeline(false, START, List.of(), null, null, null);
        assertThat(MeasureScheduleRules.occasions(DefaultSchedules.forFormat("INDIVIDUAL_IPT"), course, List.of(),
                START.plusDays(30), SETTINGS)).isEmpty();
    }

    @Test
    void everySessionWithBaselineMergesSessionOneIntoTheBaseline() {
        var course = open(3);
        var given = List.of(atSession("phq-9", course.sessions().get(0)), atSession("phq-9", course.sessions().get(2)));
        // today: 2026-03-17 = session 3's day + 1; session 2 (2026-03-09) was not taken but session 3 was
        var occasions = MeasureScheduleRules.occasions(
                schedule(ScheduledInstrument.everySession("phq-9", EnumSet.of(Milestone.BASELINE, Milestone.END_OF_TREATMENT))),
                course, given, LocalDate.of(2026, 3, 17), SETTINGS);
        assertThat(summary(occasions)).containsExactly(
                "phq-9 BASELINE 2026-03-02 DONE",
                "phq-9 SESSION_2 2026-03-09 MISSED",
                "phq-9 SESSION_3 2026-03-16 DONE",
                "phq-9 END_OF_TREATMENT null UPCOMING");
    }

    @Test
    void aSessionOccasionIsDueThroughTheGracePeriodThenOverdue() {
        var course = open(2);
        var given = List.of(atSession("phq-9", course.sessions().get(0)));
        var schedule = schedule(ScheduledInstrument.everySession("phq-9", Set.of()));
        // session 2 on 2026-03-09: due on the 9th up to and including the 12th, overdue from the 13th
        assertThat(MeasureScheduleRules.occasions(schedule, course, given, LocalDate.of(2026, 3, 9), SETTINGS).get(1).status())
                .isEqualTo(OccasionStatus.DUE);
        assertThat(MeasureScheduleRules.occasions(schedule, course, given, LocalDate.of(2026, 3, 12), SETTINGS).get(1).status())
                .isEqualTo(OccasionStatus.DUE);
        assertThat(MeasureScheduleRules.occasions(schedule, course, given, LocalDate.of(2026, 3, 13), SETTINGS).get(1).status())
                .isEqualTo(OccasionStatus.OVERDUE);
    }

    @Test
    void aResponseOnTheSessionDayLinkedToNoSessionCountsButOneLinkedToAnotherSessionDoesNot() {
        var course = open(2);
        HeldSession second = course.sessions().get(1);
        var schedule = schedule(ScheduledInstrument.everySession("gad-7", Set.of()));
        var unlinked = List.of(new GivenMeasure("gad-7", second.day(), null));
        assertThat(MeasureScheduleRules.occasions(schedule, course, unlinked, second.day(), SETTINGS).get(1).status())
                .isEqualTo(OccasionStatus.DONE);
        var linkedElsewhere = List.of(new GivenMeasure("gad-7", second.day(), UUID.randomUUID()));
        assertThat(MeasureScheduleRules.occasions(schedule, course, linkedElsewhere, second.day(), SETTINGS).get(1).status())
                .isEqualTo(OccasionStatus.DUE);
        var otherInstrument = List.of(new GivenMeasure("phq-9", second.day(), second.sessionId()));
        assertThat(MeasureScheduleRules.occasions(schedule, course, otherInstrument, second.day(), SETTINGS).get(1).status())
                .isEqualTo(OccasionStatus.DUE);
    }

    @Test
    void everyFourthSessionPicksSessionsOneFiveAndNine() {
        var course = open(10);
        var given = List.of(atSession("gad-7", course.sessions().get(0)), atSession("gad-7", course.sessions().get(4)));
        var occasions = MeasureScheduleRules.occasions(schedule(ScheduledInstrument.everyN("gad-7", 4, Set.of())),
                course, given, LocalDate.of(2026, 5, 2), SETTINGS);
        // session 9 on 2026-04-27: overdue since 2026-05-01
        assertThat(summary(occasions)).containsExactly(
                "gad-7 SESSION_1 2026-03-02 DONE",
                "gad-7 SESSION_5 2026-03-30 DONE",
                "gad-7 SESSION_9 2026-04-27 OVERDUE");
    }

    @Test
    void milestonesOnlyWithTheirDaysAndFollowUpsCountedFromTheEnd() {
        LocalDate middle = LocalDate.of(2026, 3, 23);
        LocalDate end = LocalDate.of(2026, 5, 18);
        var course = new ScheduleTimeline(true, START, weekly(12), middle, end, null);
        var schedule = schedule(ScheduledInstrument.atMilestones("phq-9", EnumSet.allOf(Milestone.class)));
        var given = List.of(new GivenMeasure("phq-9", START.minusDays(5), null), // screening, 5 days before: baseline
                new GivenMeasure("phq-9", middle.plusDays(14), null), // 14 days late: still inside the window
                new GivenMeasure("phq-9", end.plusDays(15), null)); // 15 days late: outside the window
        var occasions = MeasureScheduleRules.occasions(schedule, course, given, LocalDate.of(2026, 8, 20), SETTINGS);
        assertThat(summary(occasions)).containsExactly(
                "phq-9 BASELINE 2026-03-02 DONE",
                "phq-9 END_OF_INITIAL_PHASE 2026-03-23 DONE",
                "phq-9 END_OF_TREATMENT 2026-05-18 MISSED",
                "phq-9 FOLLOW_UP_3_MONTHS 2026-08-18 DUE",
                "phq-9 FOLLOW_UP_6_MONTHS 2026-11-18 UPCOMING");
    }

    @Test
    void anOccasionNotTakenIsChasedUntilItsWindowClosesThenCountsAsMissed() {
        var course = open(1);
        var schedule = schedule(ScheduledInstrument.atMilestones("phq-9", EnumSet.of(Milestone.BASELINE)));
        // baseline on 2026-03-02, nothing given: due to the 5th, overdue from the 6th to the 16th, then missed
        assertThat(MeasureScheduleRules.occasions(schedule, course, List.of(), START.plusDays(14), SETTINGS).getFirst()
                .status()).isEqualTo(OccasionStatus.OVERDUE);
        assertThat(MeasureScheduleRules.occasions(schedule, course, List.of(), START.plusDays(15), SETTINGS).getFirst()
                .status()).isEqualTo(OccasionStatus.MISSED);
        assertThat(MeasureScheduleRules.wanted(MeasureScheduleRules.occasions(schedule, course, List.of(),
                START.plusYears(1), SETTINGS))).as("a course from long ago is not overdue for ever").isEmpty();
    }

    @Test
    void aResponseBeforeTheWindowDoesNotMakeTheBaseline() {
        var course = open(1);
        var schedule = schedule(ScheduledInstrument.atMilestones("phq-9", EnumSet.of(Milestone.BASELINE)));
        var given = List.of(new GivenMeasure("phq-9", START.minusDays(15), null));
        assertThat(MeasureScheduleRules.occasions(schedule, course, given, START.plusDays(4), SETTINGS).getFirst().status())
                .isEqualTo(OccasionStatus.OVERDUE);
    }

    @Test
    void aCourseEndedEarlyStopsItsSessionsAndHasNoEndOrFollowUpAndChasesNothing() {
        LocalDate exit = LocalDate.of(2026, 3, 20);
        // sessions 1–3 held (2, 9, 16 March), then the client dropped out on the 20th
        var course = new ScheduleTimeline(true, START, weekly(3), null, null, exit);
        var given = List.of(atSession("phq-9", course.sessions().get(0)));
        var occasions = MeasureScheduleRules.occasions(DefaultSchedules.forFormat("INDIVIDUAL_IPT"), course, given,
                LocalDate.of(2026, 4, 30), SETTINGS);
        assertThat(summary(occasions)).containsExactly(
                "phq-9 BASELINE 2026-03-02 DONE",
                "phq-9 SESSION_2 2026-03-09 MISSED",
                "phq-9 SESSION_3 2026-03-16 MISSED",
                "gad-7 BASELINE 2026-03-02 MISSED");
        assertThat(MeasureScheduleRules.wanted(occasions)).isEmpty();
    }

    @Test
    void sessionsAfterTheEndOfTreatmentAreNotListed() {
        var course = new ScheduleTimeline(true, START, weekly(4), null, START.plusWeeks(2), null);
        var occasions = MeasureScheduleRules.occasions(schedule(ScheduledInstrument.everySession("phq-9", Set.of())),
                course, List.of(), START.plusWeeks(2), SETTINGS);
        assertThat(occasions).extracting(Occasion::key).containsExactly("SESSION_1", "SESSION_2", "SESSION_3");
    }

    @Test
    void theBaselineOfAStartedCourseWithoutSessionsFallsOnItsStartDate() {
        var course = new ScheduleTimeline(true, START, List.of(), null, null, null);
        var occasions = MeasureScheduleRules.occasions(schedule(ScheduledInstrument.atMilestones("phq-9",
                EnumSet.of(Milestone.BASELINE))), course, List.of(), START, SETTINGS);
        assertThat(summary(occasions)).containsExactly("phq-9 BASELINE 2026-03-02 DUE");
    }

    @Test
    void scheduleProblems() {
        var library = InstrumentLibrary.standard();
        assertThat(schedule(ScheduledInstrument.everyN("phq-9", 1, Set.of())).problems(library))
                .containsExactly("schedule.every.invalid");
        assertThat(schedule(ScheduledInstrument.atMilestones("phq-9", Set.of())).problems(library))
                .containsExactly("schedule.milestones.required");
        assertThat(schedule(ScheduledInstrument.everySession("nope", Set.of())).problems(library))
                .containsExactly("schedule.instrument.unknown");
        assertThat(schedule(ScheduledInstrument.everySession("epds", Set.of())).problems(library))
                .containsExactly("schedule.instrument.notAdministrable");
        assertThat(schedule(ScheduledInstrument.everySession("phq-9", Set.of()),
                ScheduledInstrument.everySession("phq-9", Set.of())).problems(library))
                .containsExactly("schedule.instrument.twice");
    }

    @Test
    void theDefaultsOnlyScheduleAdministrableInstruments() {
        var library = InstrumentLibrary.standard();
        for (String code : List.of("INDIVIDUAL_IPT", "BRIEF_IPT", "IPT_A", "IPC", "IPT_PTSD", "PERINATAL_IPT",
                "GROUP_IPT_WHO", "MAINTENANCE_IPT")) {
            MeasureSchedule defaults = DefaultSchedules.forFormat(code);
            assertThat(defaults.instruments()).as(code).isNotEmpty();
            assertThat(defaults.problems(library)).as(code).isEmpty();
            assertThat(defaults.instrument("hamd-17")).isEmpty();
        }
        assertThat(DefaultSchedules.forFormat("CUSTOM_1234").instruments()).isEmpty();
    }

    @SuppressWarnings("unused")
    private static @Nullable Occasion none() {
        return null;
    }
}
