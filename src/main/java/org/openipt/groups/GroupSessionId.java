package org.openipt.groups;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record GroupSessionId(@JsonValue UUID value) implements Identifier {

    public static GroupSessionId of(String value) {
        return new GroupSessionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
