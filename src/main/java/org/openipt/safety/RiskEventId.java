package org.openipt.safety;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record RiskEventId(@JsonValue UUID value) implements Identifier {

    public static RiskEventId of(String value) {
        return new RiskEventId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
