package org.openipt.timeline;

/** A single rating of mood at a moment, on the same scale as a session's mood: 0 is the worst, 10 the best. */
public record MoodPointEntry(ApproximateDate when, int rating) {
}
