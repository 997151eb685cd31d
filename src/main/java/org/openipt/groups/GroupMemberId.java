package org.openipt.groups;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record GroupMemberId(@JsonValue UUID value) implements Identifier {

    public static GroupMemberId of(String value) {
        return new GroupMemberId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
