package org.openipt.shared;

import org.jspecify.annotations.Nullable;

/** Free text as it is stored: stripped, and null when nothing was written. */
public final class Text {

    private Text() {
    }

    public static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
