package org.openipt.caseload;

import java.time.Instant;

/** One published version of a consent document, in one language. */
public record ConsentDocument(ConsentDocumentId id, ConsentKind kind, String language, int version, String title,
        String body, Instant publishedAt) {
}
