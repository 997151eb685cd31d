package org.openipt.termination;

import org.jspecify.annotations.Nullable;

/** The relapse-prevention plan the client takes home, in their own words where possible. */
public record RelapsePlan(@Nullable String warningSigns, @Nullable String triggers, @Nullable String helpfulSkills,
        @Nullable String helpfulPeople, @Nullable String steps, @Nullable String seekingHelp,
        @Nullable String boosterArrangement) {

    public static final RelapsePlan NONE = new RelapsePlan(null, null, null, null, null, null, null);
}
