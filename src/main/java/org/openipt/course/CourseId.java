package org.openipt.course;

import java.util.UUID;

import org.openipt.shared.Identifier;

import com.fasterxml.jackson.annotation.JsonValue;

public record CourseId(@JsonValue UUID value) implements Identifier {

    public static CourseId of(String value) {
        return new CourseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
