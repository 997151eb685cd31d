package org.openipt.timeline;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record MoodPointId(@JsonValue UUID value) implements Identifier {

    public static MoodPointId of(String value) {
        return new MoodPointId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
