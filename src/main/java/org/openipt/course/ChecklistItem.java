package org.openipt.course;

public record ChecklistItem(String messageKey, boolean met) {
}
