package org.openipt.formulation;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record MedicationId(@JsonValue UUID value) implements Identifier {

    public static MedicationId of(String value) {
        return new MedicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
