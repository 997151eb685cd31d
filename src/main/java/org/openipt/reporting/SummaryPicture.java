package org.openipt.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A picture of the record printed in the discharge summary: the message key of its heading (with one argument, such
 * as the instrument a chart shows) and a self-contained
 * SVG document (inline attributes, no style sheet, every text escaped, a width and height or a viewBox) made by the
 * module that owns the picture. An XML declaration before the {@code <svg>} element is dropped, since the picture
 * is placed inside the summary's XHTML.
 */
public record SummaryPicture(String headingKey, @Nullable String headingArgument, String svg) {

    public SummaryPicture(String headingKey, String svg) {
        this(headingKey, null, svg);
    }

    public SummaryPicture {
        svg = svg.strip();
        if (svg.startsWith("<?xml")) {
            svg = svg.substring(svg.indexOf("?>") + 2).strip();
        }
        if (!svg.startsWith("<svg")) {
            throw new IllegalArgumentException("A summary picture is an SVG document");
        }
    }
}
