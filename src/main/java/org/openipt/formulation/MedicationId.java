package org.openipt.formulation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record MedicationId(@JsonValue UUID value) {

    public static MedicationId of(String value) {
        return new MedicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
