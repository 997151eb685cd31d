package org.openipt.shared;

import org.jspecify.annotations.Nullable;

/**
 * Free text as it is stored: stripped, without control characters other than line breaks and tabs (PostgreSQL
 * refuses U+0000, and none of them means anything in a note) and without bidirectional overrides (they would turn a
 * name around on the page); null when nothing is left.
 */
public final class Text {

    private Text() {
    }

    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Text::keep).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static boolean keep(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
        boolean bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return !control && !bidiOverride;
    }
}
