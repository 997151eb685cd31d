package org.openipt.caseload;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record ClientId(@JsonValue UUID value) {

    public static ClientId of(String value) {
        return new ClientId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
