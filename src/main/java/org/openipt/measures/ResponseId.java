package org.openipt.measures;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

/** Names one stored questionnaire response. */
public record ResponseId(@JsonValue UUID value) implements Identifier {

    public static ResponseId of(String value) {
        return new ResponseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
