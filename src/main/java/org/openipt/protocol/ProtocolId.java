package org.openipt.protocol;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record ProtocolId(@JsonValue UUID value) {

    public static ProtocolId of(String value) {
        return new ProtocolId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
