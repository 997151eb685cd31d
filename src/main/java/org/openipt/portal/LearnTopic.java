package org.openipt.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The short pages about IPT a client can read, in our own words from the clinical reference. */
public enum LearnTopic {
    WHAT_IS_IPT("what-is-ipt", 3), PHASES("phases", 4), SICK_ROLE("sick-role", 4),
    PROBLEM_AREAS("problem-areas", 4), ENDING("ending", 4);

    private final String slug;
    private final int paragraphs;

    LearnTopic(String slug, int paragraphs) {
        this.slug = slug;
        this.paragraphs = paragraphs;
    }

    public String slug() {
        return slug;
    }

    /** The message keys of the page's paragraphs, in order: {@code portal.learn.PHASES.1}, … */
    public List<String> paragraphKeys() {
        return IntStream.rangeClosed(1, paragraphs).mapToObj(n -> "portal.learn." + name() + "." + n).toList();
    }

    public static Optional<LearnTopic> bySlug(String slug) {
        return Arrays.stream(values()).filter(topic -> topic.slug.equals(slug)).findFirst();
    }
}
