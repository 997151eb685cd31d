package org.openipt.timeline;

/** A stored mood rating with the version it was read at. */
public record MoodPoint(MoodPointId id, MoodPointEntry entry, long version) {
}
