package org.openipt.groups.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The questionnaire answers of a plain form, posted as {@code answers[<linkId>]=<code>}. */
final class FormAnswers {

    private FormAnswers() {
    }

    static Map<String, String> from(Map<String, String[]> parameters) {
        Map<String, String> answers = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith("answers[") && name.endsWith("]") && values.length > 0 && !values[0].isBlank()) {
                answers.put(name.substring("answers[".length(), name.length() - 1), values[0]);
            }
        });
        return answers;
    }
}
