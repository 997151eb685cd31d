package org.openipt.inventory;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record RelationshipId(@JsonValue UUID value) implements Identifier {

    public static RelationshipId of(String value) {
        return new RelationshipId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
