package org.openipt.safety;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record RiskEventId(@JsonValue UUID value) {

    public static RiskEventId of(String value) {
        return new RiskEventId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
