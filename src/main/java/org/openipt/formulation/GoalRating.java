package org.openipt.formulation;

import java.time.LocalDate;

/** How far a goal was reached on a day, 0 (not at all) to 10 (fully). */
public record GoalRating(LocalDate on, int rating) {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;
}
