package org.openipt.timeline;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record MoodEpisodeId(@JsonValue UUID value) implements Identifier {

    public static MoodEpisodeId of(String value) {
        return new MoodEpisodeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
