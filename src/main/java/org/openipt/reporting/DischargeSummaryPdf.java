package org.openipt.reporting;

/** The discharge summary as a PDF document, with a file name that carries no health information. */
public record DischargeSummaryPdf(byte[] content, String fileName) {
}
