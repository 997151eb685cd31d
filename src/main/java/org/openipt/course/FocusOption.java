package org.openipt.course;

import java.util.UUID;

/** A focal area a session can be said to have worked on: its id and the message key of its name. */
public record FocusOption(UUID id, String labelKey) {
}
