package org.openipt.caseload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which version of each consent a client is asked to agree to: the newest in their language, or, when their language
 * has none of that kind, the newest in English; a kind published in neither is not asked for. Problems with a
 * document are message keys.
 */
public final class ConsentRules {

    public static final String FALLBACK_LANGUAGE = "en";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20000;

    private ConsentRules() {
    }

    /** The current documents, one per kind at most, in the order of {@link ConsentKind}. */
    public static List<ConsentDocument> current(List<ConsentDocument> published, @Nullable String language) {
        Map<ConsentKind, List<ConsentDocument>> byKind = published.stream()
                .collect(Collectors.groupingBy(ConsentDocument::kind));
        List<ConsentDocument> current = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            List<ConsentDocument> versions = byKind.getOrDefault(kind, List.of());
            newestIn(versions, language).or(() -> newestIn(versions, FALLBACK_LANGUAGE)).ifPresent(current::add);
        }
        return current;
    }

    public static List<String> problems(@Nullable String title, @Nullable String body) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("consent.title.required");
        }
        else if (title.strip().length() > MAX_TITLE) {
            problems.add("consent.title.tooLong");
        }
        if (body == null || body.isBlank()) {
            problems.add("consent.body.required");
        }
        else if (body.strip().length() > MAX_BODY) {
            problems.add("consent.body.tooLong");
        }
        return problems;
    }

    private static Optional<ConsentDocument> newestIn(List<ConsentDocument> versions, @Nullable String language) {
        return language == null ? Optional.empty()
                : versions.stream().filter(d -> d.language().equals(language))
                        .max(Comparator.comparingInt(ConsentDocument::version));
    }
}
