package org.openipt.worksheet;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An optional task to try between sessions (an interpersonal one: a conversation, a call), and how it went. */
public record WorkAtHomeTask(String description, @Nullable LocalDate dueOn, TaskStatus status,
        @Nullable String outcome) implements WorksheetContent {

    @Override
    public WorksheetType type() {
        return WorksheetType.WORK_AT_HOME;
    }
}
