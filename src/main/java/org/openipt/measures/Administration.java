package org.openipt.measures;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;

/**
 * One questionnaire as it was administered: the instrument, the chosen answer code by item link id (items left
 * out were not answered) and, optionally, the session of the course it was given in.
 */
public record Administration(String instrumentId, Map<String, String> answers, @Nullable SessionId session) {

    public Administration {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((linkId, code) -> {
            if (linkId != null && code != null && !code.isBlank()) {
                given.put(linkId, code.strip());
            }
        });
        answers = java.util.Collections.unmodifiableMap(given);
    }
}
