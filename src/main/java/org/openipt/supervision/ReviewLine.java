package org.openipt.supervision;

/** A review as a list shows it: the review, whose record it is, and what the record is (a client, a group). */
public record ReviewLine(Review review, String counsellorName, String subject) {
}
