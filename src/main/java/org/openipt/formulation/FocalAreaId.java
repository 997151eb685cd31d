package org.openipt.formulation;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record FocalAreaId(@JsonValue UUID value) implements Identifier {

    public static FocalAreaId of(String value) {
        return new FocalAreaId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
