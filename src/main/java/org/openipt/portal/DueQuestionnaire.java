package org.openipt.portal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A questionnaire the client fills in that the course's schedule asks for now. */
public record DueQuestionnaire(String title, @Nullable LocalDate dueOn, boolean overdue) {
}
