package org.openipt.formulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One medicine on the list: name, dose, who prescribes it, when it started and (if so) stopped. */
public record MedicationEntry(String name, @Nullable String dose, @Nullable String prescriber,
        @Nullable LocalDate startedOn, @Nullable LocalDate stoppedOn) {
}
