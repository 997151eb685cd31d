package org.openipt.supervision;

/** Where a record's review stands: waiting for the supervisor, sent back with a comment, or signed (and locked). */
public enum ReviewState {
    SUBMITTED, RETURNED, SIGNED
}
