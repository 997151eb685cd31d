package org.openipt.reporting;

/**
 * A picture of the record printed in the discharge summary: the message key of its heading and a self-contained
 * SVG document (inline attributes, no style sheet, every text escaped) made by the module that owns the picture.
 */
public record SummaryPicture(String headingKey, String svg) {
}
