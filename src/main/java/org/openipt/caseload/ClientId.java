package org.openipt.caseload;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record ClientId(@JsonValue UUID value) implements Identifier {

    public static ClientId of(String value) {
        return new ClientId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
