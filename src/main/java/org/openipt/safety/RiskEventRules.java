package org.openipt.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of a risk event, as plain Java; problems are message keys.
 * <p>
 * The steps go in order: OPEN → ACKNOWLEDGED → ASSESSED → ACTIONED → CLOSED, none skipped. The one way back is
 * documented here: a new assessment may be written while the event is ASSESSED or ACTIONED (things changed, or a
 * supervisor assessed again); it replaces the earlier one and the event stands at ASSESSED, so what was done is
 * recorded again against the new assessment. A closed event is final: a new risk opens a new event.
 */
public final class RiskEventRules {

    /** The longest note, assessment or disclosure, in characters. */
    public static final int MAX_TEXT = 8000;

    private RiskEventRules() {
    }

    /** Whether {@code step} may be taken from {@code current}; the empty list means it may. */
    public static List<String> stepProblems(RiskState current, RiskStep step) {
        if (current == RiskState.CLOSED) {
            return List.of("safety.step.closed");
        }
        boolean allowed = switch (step) {
            case ACKNOWLEDGE -> current == RiskState.OPEN;
            case ASSESS -> current == RiskState.ACKNOWLEDGED || current == RiskState.ASSESSED
                    || current == RiskState.ACTIONED;
            case ACTION -> current == RiskState.ASSESSED;
            case CLOSE -> current == RiskState.ACTIONED;
        };
        return allowed ? List.of() : List.of("safety.step.outOfOrder");
    }

    /** The state after {@code step}; throws when the step is not allowed. */
    public static RiskState next(RiskState current, RiskStep step) {
        List<String> problems = stepProblems(current, step);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(step + " is not allowed from " + current);
        }
        return step.to();
    }

    /** The steps that may follow {@code current}, in the order they are offered. */
    public static List<RiskStep> nextSteps(RiskState current) {
        return java.util.Arrays.stream(RiskStep.values()).filter(step -> stepProblems(current, step).isEmpty())
                .toList();
    }

    /** An assessment names a level and says, in words, what was found. */
    public static List<String> assessmentProblems(@Nullable RiskLevel level, @Nullable String assessment) {
        List<String> problems = new ArrayList<>();
        if (level == null) {
            problems.add("safety.level.required");
        }
        if (assessment == null || assessment.isBlank()) {
            problems.add("safety.assessment.required");
        }
        else if (assessment.length() > MAX_TEXT) {
            problems.add("safety.text.tooLong");
        }
        return problems;
    }

    /** What was done: at least one action, with a note. */
    public static List<String> actionProblems(Set<RiskAction> actions, @Nullable String note) {
        List<String> problems = new ArrayList<>();
        if (actions.isEmpty()) {
            problems.add("safety.actions.required");
        }
        if (note == null || note.isBlank()) {
            problems.add("safety.actionNote.required");
        }
        else if (note.length() > MAX_TEXT) {
            problems.add("safety.text.tooLong");
        }
        return problems;
    }

    /** A risk event opened by hand says what the client disclosed. */
    public static List<String> disclosureProblems(@Nullable String disclosure) {
        if (disclosure == null || disclosure.isBlank()) {
            return List.of("safety.disclosure.required");
        }
        return disclosure.length() > MAX_TEXT ? List.of("safety.text.tooLong") : List.of();
    }

    /** A closing note is optional but bounded. */
    public static List<String> closeProblems(@Nullable String note) {
        return note != null && note.length() > MAX_TEXT ? List.of("safety.text.tooLong") : List.of();
    }

    /**
     * Whether who takes the step may take it: the responsible clinician takes every step; a supervisor of that
     * clinician may acknowledge and assess; nobody else.
     */
    public static boolean mayTake(RiskStep step, boolean responsibleClinician, boolean supervisor) {
        if (responsibleClinician) {
            return true;
        }
        return supervisor && (step == RiskStep.ACKNOWLEDGE || step == RiskStep.ASSESS);
    }

    /** An event is due for escalation once it stayed OPEN (unacknowledged) for {@code within}, and only once. */
    public static boolean dueForEscalation(RiskState state, Instant openedAt, @Nullable Instant escalatedAt,
            Duration within, Instant now) {
        return state == RiskState.OPEN && escalatedAt == null && !openedAt.plus(within).isAfter(now);
    }

    /** The latest opening time an OPEN event may have to be due for escalation at {@code now}. */
    public static Instant escalationCutoff(Duration within, Instant now) {
        return now.minus(within);
    }
}
