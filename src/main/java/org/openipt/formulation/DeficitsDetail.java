package org.openipt.formulation;

import org.jspecify.annotations.Nullable;

/** Interpersonal deficits (sensitivity, loneliness): the pattern of isolation, past relationships, contacts to build. */
public record DeficitsDetail(@Nullable String isolationPattern, @Nullable String pastPatterns,
        @Nullable String contactsToBuild) {

    public static final DeficitsDetail NONE = new DeficitsDetail(null, null, null);
}
