package org.openipt.safety;

import org.jspecify.annotations.Nullable;

/** What an administrator writes about a crisis resource. */
public record CrisisResourceFields(String locale, String name, String contact, @Nullable String description) {
}
