package org.openipt.timeline;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record LifeEventId(@JsonValue UUID value) implements Identifier {

    public static LifeEventId of(String value) {
        return new LifeEventId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
