package org.openipt.caseload;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

/** Names one emergency access to a client's record. */
public record EmergencyAccessId(@JsonValue UUID value) implements Identifier {

    public static EmergencyAccessId of(String value) {
        return new EmergencyAccessId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
