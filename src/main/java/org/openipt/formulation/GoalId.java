package org.openipt.formulation;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record GoalId(@JsonValue UUID value) implements Identifier {

    public static GoalId of(String value) {
        return new GoalId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
