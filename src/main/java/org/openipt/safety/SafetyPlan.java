package org.openipt.safety;

import org.jspecify.annotations.Nullable;

/**
 * A safety plan written with the client, in their words, used from the top down when a crisis builds: the signs
 * that one is coming, what they can do on their own, people and places that take their mind off it, people they
 * can ask for help, professionals and crisis lines, how to make their surroundings safer, and what they live for.
 */
public record SafetyPlan(@Nullable String warningSigns, @Nullable String copingAlone, @Nullable String distractions,
        @Nullable String peopleToAsk, @Nullable String professionals, @Nullable String safeSurroundings,
        @Nullable String reasonsForLiving) {

    public static final SafetyPlan EMPTY = new SafetyPlan(null, null, null, null, null, null, null);

    /** The longest text of a section, in characters. */
    public static final int MAX_SECTION = 4000;

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
