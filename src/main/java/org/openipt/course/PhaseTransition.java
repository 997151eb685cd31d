package org.openipt.course;

/** The moves a clinician can make with a course, each from the phases it leaves to the phase it enters. */
public enum PhaseTransition {
    BEGIN_INITIAL(Phase.INITIAL, Phase.REFERRED),
    BEGIN_MIDDLE(Phase.MIDDLE, Phase.INITIAL),
    BEGIN_TERMINATION(Phase.TERMINATION, Phase.MIDDLE),
    COMPLETE(Phase.COMPLETED, Phase.TERMINATION),
    DROP_OUT(Phase.DROPPED_OUT, Phase.REFERRED, Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION),
    REFER_ON(Phase.REFERRED_ON, Phase.REFERRED, Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION);

    private final Phase to;
    private final Phase[] from;

    PhaseTransition(Phase to, Phase... from) {
        this.to = to;
        this.from = from;
    }

    public Phase to() {
        return to;
    }

    public boolean leaves(Phase phase) {
        for (Phase candidate : from) {
            if (candidate == phase) {
                return true;
            }
        }
        return false;
    }

    public boolean isExit() {
        return this == DROP_OUT || this == REFER_ON;
    }

    /** The forward step out of a phase, if it has one. */
    public static java.util.Optional<PhaseTransition> next(Phase phase) {
        for (PhaseTransition t : values()) {
            if (!t.isExit() && t.leaves(phase)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
