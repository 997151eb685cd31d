package org.openipt.formulation;

import org.jspecify.annotations.Nullable;

/** A role dispute: with whom, about what, and what each side expects. Its stage is kept as a history. */
public record DisputeDetail(@Nullable String withWhom, @Nullable String issues, @Nullable String clientExpectations,
        @Nullable String otherExpectations) {

    public static final DisputeDetail NONE = new DisputeDetail(null, null, null, null);
}
