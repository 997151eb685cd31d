package org.openipt.formulation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record FocalAreaId(@JsonValue UUID value) {

    public static FocalAreaId of(String value) {
        return new FocalAreaId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
