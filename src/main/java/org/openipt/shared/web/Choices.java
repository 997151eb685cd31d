package org.openipt.shared.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a person ticked in a group of check boxes. A blank or unreadable value (a control character, a tampered
 * form) binds as nothing; it names no choice, so it is left out rather than carried on as a null.
 */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> EnumSet<E> of(@Nullable Collection<E> ticked, Class<E> type) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        if (ticked != null) {
            ticked.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    public static <T> Set<T> of(@Nullable Collection<T> ticked) {
        return ticked == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(ticked.stream().filter(Objects::nonNull).toList());
    }

    public static <T> List<T> inOrder(@Nullable Collection<T> ticked) {
        return ticked == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(ticked.stream().filter(Objects::nonNull).distinct().toList());
    }
}
