package org.openipt.caseload;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

/** Names one membership of a care team. */
public record MembershipId(@JsonValue UUID value) implements Identifier {

    public static MembershipId of(String value) {
        return new MembershipId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
