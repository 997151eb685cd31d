package org.openipt.worksheet;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record WorksheetId(@JsonValue UUID value) implements Identifier {

    public static WorksheetId of(String value) {
        return new WorksheetId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
