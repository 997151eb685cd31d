package org.openipt.groups;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person as the facilitator enters them on a screening day: name or pseudonym, village or site, sex, age in
 * years (an approximate age is fine: a group's age range is checked against it), and the answers.
 */
public record ScreeningEntry(UUID submissionKey, @Nullable String name, @Nullable String site, @Nullable Sex sex,
        @Nullable Integer age, Map<String, String> answers) {

    public ScreeningEntry {
        answers = Map.copyOf(answers);
    }
}
