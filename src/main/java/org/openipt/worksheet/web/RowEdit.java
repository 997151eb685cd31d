package org.openipt.worksheet.web;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A change to the rows of a form that a submit button asks for without saving (add, remove, move up or down),
 * so that turns, alternatives and options can be edited without JavaScript. The button's value names the list and
 * the row: {@code addTurn}, {@code removeTurn:2}, {@code upTurn:2}, {@code downTurn:2}.
 */
record RowEdit(Verb verb, String list, int row) {

    enum Verb {
        ADD, REMOVE, UP, DOWN
    }

    static @Nullable RowEdit parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(":", 2);
        for (Verb verb : Verb.values()) {
            String prefix = verb.name().toLowerCase(java.util.Locale.ROOT);
            if (parts[0].startsWith(prefix) && parts[0].length() > prefix.length()) {
                String list = parts[0].substring(prefix.length());
                try {
                    int row = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
                    return new RowEdit(verb, list, row);
                }
                catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Applies this edit to {@code rows}, keeping {@code chosen} (the place of the chosen row, or null) on the same
     * row. Answers the new place of the chosen row; false in {@code refused[0]} when the list is full.
     */
    <T> @Nullable Integer apply(List<T> rows, Supplier<T> blank, int most, @Nullable Integer chosen,
            boolean[] refused) {
        switch (verb) {
            case ADD -> {
                if (rows.size() >= most) {
                    refused[0] = true;
                }
                else {
                    rows.add(blank.get());
                }
                return chosen;
            }
            case REMOVE -> {
                if (row < 0 || row >= rows.size()) {
                    return chosen;
                }
                rows.remove(row);
                if (chosen == null || chosen == row) {
                    return null;
                }
                return chosen > row ? chosen - 1 : chosen;
            }
            case UP, DOWN -> {
                int other = verb == Verb.UP ? row - 1 : row + 1;
                if (row < 0 || row >= rows.size() || other < 0 || other >= rows.size()) {
                    return chosen;
                }
                Collections.swap(rows, row, other);
                if (chosen != null && chosen == row) {
                    return other;
                }
                if (chosen != null && chosen == other) {
                    return row;
                }
                return chosen;
            }
            default -> throw new IllegalStateException();
        }
    }
}
