package org.openipt.formulation;

import org.jspecify.annotations.Nullable;

/** A role transition: the old and new role, what was lost and gained, the skills and supports the new role needs. */
public record TransitionDetail(@Nullable String oldRole, @Nullable String newRole, @Nullable String losses,
        @Nullable String gains, @Nullable String skillsNeeded, @Nullable String newSupports) implements FocalAreaDetail {

    public static final TransitionDetail NONE = new TransitionDetail(null, null, null, null, null, null);

    @Override
    public ProblemArea area() {
        return ProblemArea.ROLE_TRANSITION;
    }
}
