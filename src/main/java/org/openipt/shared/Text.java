package org.openipt.shared;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * The text OpenIPT accepts and shows, decided once. Everything typed or posted is {@link #normalised}: Unicode NFC
 * (so "é" typed two ways is one name), without control characters other than line breaks and tabs (PostgreSQL
 * refuses U+0000, XML and PDF refuse the others, and none of them means anything in a note), without bidirectional
 * embeddings, overrides and isolates (they would turn a name around on the caseload; the ordinary direction of
 * Arabic or Hebrew needs none of them) and without the two non-characters U+FFFE and U+FFFF or a lone surrogate.
 * Every renderer shows text through {@link #printable}, so whatever was stored before is shown safely.
 */
public final class Text {

    private Text() {
    }

    /** What a field keeps of what was typed: NFC, only {@link #printable} characters; null stays null. */
    public static @Nullable String normalised(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return printable(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Free text as it is stored: {@link #normalised}, stripped, and null when nothing is left. */
    public static @Nullable String clean(@Nullable String text) {
        String normalised = normalised(text);
        if (normalised == null) {
            return null;
        }
        String cleaned = normalised.strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The text without the characters no page, picture, PDF or FHIR document should carry. */
    public static String printable(String text) {
        if (text.codePoints().allMatch(Text::keep)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Text::keep).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean keep(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
        boolean bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        boolean notACharacter = c == 0xFFFE || c == 0xFFFF || Character.getType(c) == Character.SURROGATE;
        return !control && !bidiOverride && !notACharacter;
    }
}
