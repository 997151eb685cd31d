package org.openipt.timeline;

/** A course's timeline together with its picture, drawn once for the page that shows both. */
public record TimelineView(Timeline timeline, String svg) {
}
