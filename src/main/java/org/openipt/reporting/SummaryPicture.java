package org.openipt.reporting;

/**
 * A picture of the record printed in the discharge summary: the message key of its heading and a self-contained
 * SVG document (inline attributes, no style sheet, every text escaped, a width and height or a viewBox) made by the
 * module that owns the picture. An XML declaration before the {@code <svg>} element is dropped, since the picture
 * is placed inside the summary's XHTML.
 */
public record SummaryPicture(String headingKey, String svg) {

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
