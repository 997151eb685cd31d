package org.openipt.measures;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.ScheduleTimeline.HeldSession;

/**
 * The occasions of a course's measurement schedule and where each stands on a given day. Pure: no clock, no
 * storage.
 * <p>
 * <b>Occasions.</b> A course that has not started has none. Each instrument of the schedule has
 * <ul>
 * <li>its milestones: the baseline on the day of the first session held (the contract's start date before that);
 * the end of the initial phase on the day the course moved to the middle phase; the end of treatment on the day
 * it ended as planned; the follow-ups 3 and 6 months after the end of treatment. A milestone whose day is not
 * known yet is listed without a day (upcoming). A course that ended early (dropped out, referred on) has no
 * end-of-treatment or follow-up occasions, and no end of the initial phase if it never got there;</li>
 * <li>its session occasions: each session held that the rule picks (every session; or sessions 1, 1 + n, 1 + 2n …
 * for every n sessions), except sessions after the course ended and sessions on the day of one of the
 * instrument's milestones (the milestone stands for it: session 1 is the baseline).</li>
 * </ul>
 * <b>Satisfied.</b> A session occasion by a response linked to that session, or given on the session's day and
 * linked to no session; a milestone by any response given within the window (default 14 days) before or after its
 * day. Only complete responses count; the caller passes only those.
 * <p>
 * <b>Status.</b> DONE if satisfied; otherwise UPCOMING while its day is ahead or unknown; MISSED once a later
 * occasion of the same instrument is done, the course ended early, or the window after its day has passed (it can
 * no longer be caught up and is not chased: without this, an old course would be overdue for ever); DUE from its
 * day until its day plus the grace period (default 3 days) inclusive; OVERDUE after that, until the window closes.
 */
public final class MeasureScheduleRules {

    private MeasureScheduleRules() {
    }

    public static List<Occasion> occasions(MeasureSchedule schedule, ScheduleTimeline course, List<GivenMeasure> given,
            LocalDate today, ScheduleSettings settings) {
        if (!course.started()) {
            return List.of();
        }
        List<Occasion> occasions = new ArrayList<>();
        for (ScheduledInstrument entry : schedule.instruments()) {
            List<GivenMeasure> mine = given.stream().filter(g -> g.instrumentId().equals(entry.instrumentId())).toList();
            occasions.addAll(occasionsOf(entry, course, mine, today, settings));
        }
        return occasions;
    }

    /** The occasions that are due or overdue. */
    public static List<Occasion> wanted(List<Occasion> occasions) {
        return occasions.stream().filter(o -> o.status().wanted()).toList();
    }

    private record Draft(@Nullable Milestone milestone, @Nullable Integer session, @Nullable UUID sessionId,
            @Nullable LocalDate dueOn,
            boolean done) {
    }

    private static List<Occasion> occasionsOf(ScheduledInstrument entry, ScheduleTimeline course,
            List<GivenMeasure> given, LocalDate today, ScheduleSettings settings) {
        boolean exited = course.exitedOn() != null;
        List<Draft> drafts = new ArrayList<>();
        Set<LocalDate> milestoneDays = new HashSet<>();
        for (Milestone milestone : entry.orderedMilestones()) {
            boolean afterEnd = milestone == Milestone.END_OF_TREATMENT || milestone.afterEnd() != null;
            if (exited && (afterEnd || milestone == Milestone.END_OF_INITIAL_PHASE && course.initialPhaseEnded() == null)) {
                continue;
            }
            LocalDate day = dayOf(milestone, course);
            if (day != null) {
                milestoneDays.add(day);
            }
            boolean done = day != null && given.stream().anyMatch(g -> within(g.day(), day, settings.window()));
            drafts.add(new Draft(milestone, null, null, day, done));
        }
        LocalDate stop = exited ? course.exitedOn() : course.treatmentEnded();
        for (HeldSession session : course.sessions()) {
            if (stop != null && session.day().isAfter(stop) || !entry.dueAtSession(session.number())
                    || milestoneDays.contains(session.day())) {
                continue;
            }
            boolean done = given.stream().anyMatch(g -> session.sessionId().equals(g.sessionId())
                    || g.sessionId() == null && g.day().equals(session.day()));
            drafts.add(new Draft(null, session.number(), session.sessionId(), session.day(), done));
        }
        drafts.sort(Comparator.comparing(Draft::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        LocalDate lastDone = drafts.stream().filter(Draft::done).map(Draft::dueOn)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return drafts.stream().map(d -> new Occasion(entry.instrumentId(), d.milestone(), d.session(), d.sessionId(), d.dueOn(),
                status(d, lastDone, exited, today, settings))).toList();
    }

    private static OccasionStatus status(Draft draft, @Nullable LocalDate lastDone, boolean exited, LocalDate today,
            ScheduleSettings settings) {
        LocalDate due = draft.dueOn();
        if (draft.done()) {
            return OccasionStatus.DONE;
        }
        if (due == null || due.isAfter(today)) {
            return OccasionStatus.UPCOMING;
        }
        if (exited || lastDone != null && lastDone.isAfter(due) || today.isAfter(due.plus(settings.window()))) {
            return OccasionStatus.MISSED;
        }
        return today.isAfter(due.plus(settings.grace())) ? OccasionStatus.OVERDUE : OccasionStatus.DUE;
    }

    private static @Nullable LocalDate dayOf(Milestone milestone, ScheduleTimeline course) {
        return switch (milestone) {
            case BASELINE -> course.sessions().isEmpty() ? course.startDate() : course.sessions().getFirst().day();
            case END_OF_INITIAL_PHASE -> course.initialPhaseEnded();
            case END_OF_TREATMENT -> course.treatmentEnded();
            case FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS -> {
                LocalDate end = course.treatmentEnded();
                Period after = java.util.Objects.requireNonNull(milestone.afterEnd());
                yield end == null ? null : end.plus(after);
            }
        };
    }

    private static boolean within(LocalDate given, LocalDate day, Period window) {
        return !given.isBefore(day.minus(window)) && !given.isAfter(day.plus(window));
    }
}
