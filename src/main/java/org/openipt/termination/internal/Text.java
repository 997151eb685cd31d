package org.openipt.termination.internal;

import org.jspecify.annotations.Nullable;

/** Free text as it is stored: stripped, and null when nothing was written. */
final class Text {

    private Text() {
    }

    static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
