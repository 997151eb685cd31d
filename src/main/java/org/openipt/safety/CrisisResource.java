package org.openipt.safety;

import org.jspecify.annotations.Nullable;

/**
 * A crisis line, text service or emergency number an organisation lists for a locale (a BCP 47 tag such as
 * {@code en-US}); shown with every risk event and on the safety plan.
 */
public record CrisisResource(CrisisResourceId id, String locale, String name, String contact,
        @Nullable String description, long version) {
}
