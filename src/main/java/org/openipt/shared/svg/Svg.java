package org.openipt.shared.svg;

import java.util.Locale;

import org.openipt.shared.Xml;

/**
 * What every server-drawn picture writes the same way: the accessible opening (role, title, description, the font
 * the PDF embeds), elements holding escaped text, coordinates with at most one decimal whatever the locale, and
 * labels shortened to fit. A picture builds the rest of its SVG itself.
 */
public final class Svg {

    public static final String FONT_FAMILY = "DejaVu Sans, Arial, sans-serif";

    private Svg() {
    }

    /**
     * Opens a picture {@code width} by {@code height}, named by its title and described for screen readers (both
     * escaped); the ids ({@code <id>-title}, {@code <id>-desc}) must be unique on the page.
     */
    public static void open(StringBuilder svg, int width, int height, String id, String title, String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"")
                .append(id).append("-desc\" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"12\">");
        element(svg, "title", "id=\"" + id + "-title\"", title);
        element(svg, "desc", "id=\"" + id + "-desc\"", description);
    }

    /** An element with its attributes (written as given) holding {@code content}, escaped. */
    public static void element(StringBuilder svg, String name, String attributes, String content) {
        svg.append('<').append(name);
        if (!attributes.isEmpty()) {
            svg.append(' ').append(attributes);
        }
        svg.append('>').append(Xml.escape(content)).append("</").append(name).append('>');
    }

    /** A coordinate or length with at most one decimal and a dot, whatever the reader's locale. */
    public static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Text on one line, cut with an ellipsis when it is longer than {@code length} characters. */
    public static String shorten(String text, int length) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1).strip() + "…";
    }
}
