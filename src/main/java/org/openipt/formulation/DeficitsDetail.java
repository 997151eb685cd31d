package org.openipt.formulation;

import org.jspecify.annotations.Nullable;

/** Interpersonal deficits (sensitivity, loneliness): the pattern of isolation, past relationships, contacts to build. */
public record DeficitsDetail(@Nullable String isolationPattern, @Nullable String pastPatterns,
        @Nullable String contactsToBuild) implements FocalAreaDetail {

    public static final DeficitsDetail NONE = new DeficitsDetail(null, null, null);

    @Override
    public ProblemArea area() {
        return ProblemArea.INTERPERSONAL_DEFICITS;
    }
}
