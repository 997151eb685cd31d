package org.openipt.safety;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record CrisisResourceId(@JsonValue UUID value) {

    public static CrisisResourceId of(String value) {
        return new CrisisResourceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
