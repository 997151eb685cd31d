package org.openipt.formulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The formulation in plain words, and, once the client accepts it, when and how they did. */
public record FormulationEntry(@Nullable String narrative, @Nullable LocalDate acceptedOn,
        @Nullable String acceptanceNote) {

    public static final FormulationEntry NONE = new FormulationEntry(null, null, null);
}
