package org.openipt.safety;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record CrisisResourceId(@JsonValue UUID value) implements Identifier {

    public static CrisisResourceId of(String value) {
        return new CrisisResourceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
