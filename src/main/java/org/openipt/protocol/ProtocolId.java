package org.openipt.protocol;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record ProtocolId(@JsonValue UUID value) implements Identifier {

    public static ProtocolId of(String value) {
        return new ProtocolId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
