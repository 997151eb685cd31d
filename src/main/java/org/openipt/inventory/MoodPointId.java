package org.openipt.inventory;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record MoodPointId(@JsonValue UUID value) {

    public static MoodPointId of(String value) {
        return new MoodPointId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
