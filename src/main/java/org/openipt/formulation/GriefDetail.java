package org.openipt.formulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Grief: who died, when, the circumstances, and the anniversaries that matter. */
public record GriefDetail(@Nullable String person, @Nullable LocalDate diedOn, @Nullable String circumstances,
        @Nullable String anniversaries) implements FocalAreaDetail {

    public static final GriefDetail NONE = new GriefDetail(null, null, null, null);

    @Override
    public ProblemArea area() {
        return ProblemArea.GRIEF;
    }
}
