package org.openipt.timeline;

/** A stored mood episode with the version it was read at. */
public record MoodEpisode(MoodEpisodeId id, MoodEpisodeEntry entry, long version) {
}
