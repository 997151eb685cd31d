package org.openipt.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whether a course may make a move: it must leave the right phase and meet every requirement of that move. */
public final class PhaseRules {

    public static final int OVERRIDE_REASON_LENGTH = 2000;

    private PhaseRules() {
    }

    public static List<ChecklistItem> checklist(CourseFacts course, PhaseTransition move,
            List<? extends PhaseRequirement> requirements) {
        return requirements.stream().filter(r -> r.guards() == move)
                .map(r -> new ChecklistItem(r.messageKey(), r.isMetBy(course))).toList();
    }

    /** The message key of the first reason the move is refused, or null when it is allowed. */
    public static @org.jspecify.annotations.Nullable String refusal(CourseFacts course, PhaseTransition move,
            List<? extends PhaseRequirement> requirements) {
        if (!move.leaves(course.phase())) {
            return "phase.notFromHere";
        }
        return checklist(course, move, requirements).stream().filter(item -> !item.met()).findFirst()
                .map(item -> "phase.requirementsUnmet").orElse(null);
    }

    /**
     * Whether a clinician may make a move despite unmet checklist items: the move must leave the current phase,
     * must not be an exit (exits have their own reason), and the clinician must write why. Null when allowed.
     */
    public static @org.jspecify.annotations.Nullable String overrideRefusal(CourseFacts course, PhaseTransition move,
            @org.jspecify.annotations.Nullable String reason) {
        if (move.isExit()) {
            return "phase.exitNeedsReason";
        }
        if (!move.leaves(course.phase())) {
            return "phase.notFromHere";
        }
        if (reason == null || reason.isBlank()) {
            return "phase.override.reasonRequired";
        }
        if (reason.strip().length() > OVERRIDE_REASON_LENGTH) {
            return "phase.override.reasonTooLong";
        }
        return null;
    }

    /** Whether an attended session may be recorded: the course is open and the contract is not used up. */
    public static @org.jspecify.annotations.Nullable String sessionRefusal(Phase phase, CourseProgress progress,
            Attendance attendance) {
        return sessionRefusal(phase, progress, attendance, SessionParticipants.CLIENT);
    }

    /**
     * As {@link #sessionRefusal(Phase, CourseProgress, Attendance)}; a session with the caregiver alone does not
     * use up the contract, so it may be recorded when all contracted sessions are held.
     */
    public static @org.jspecify.annotations.Nullable String sessionRefusal(Phase phase, CourseProgress progress,
            Attendance attendance, SessionParticipants participants) {
        if (!phase.isOpen()) {
            return "session.courseClosed";
        }
        if (SessionRules.countsTowardsContract(attendance, participants) && progress.contractUsedUp()) {
            return "session.beyondContract";
        }
        return null;
    }

    /**
     * What is wrong with the day a move (or an early end) is dated: a phase cannot begin in the future, before the
     * course started, or before the phase it follows began.
     */
    public static List<String> problemsWithMoveDate(CourseFacts course, LocalDate on, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (on.isAfter(today)) {
            problems.add("phase.date.future");
        }
        if (on.isBefore(course.contract().startDate())) {
            problems.add("phase.date.beforeStart");
        }
        else if (beginsBeforePreviousPhase(course, on)) {
            problems.add("phase.date.beforePrevious");
        }
        return problems;
    }

    public static boolean beginsBeforePreviousPhase(CourseFacts course, LocalDate on) {
        return course.phaseHistory().stream().anyMatch(entered -> on.isBefore(entered.on()));
    }
}
