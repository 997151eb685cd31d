package org.openipt.shared;

/**
 * Escapes text for XML content and attribute values; only {@link Text#printable} characters are written, so nothing
 * XML 1.0 cannot carry (and no bidirectional override) reaches an SVG picture or a document.
 */
public final class Xml {

    private Xml() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        Text.printable(text).codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
