package org.openipt.worksheet;

import org.jspecify.annotations.Nullable;

/**
 * A role play in session: the scenario, who the client and the clinician played, the lines rehearsed, feedback,
 * and the client's confidence before and after, each from 0 (none) to 10 (fully confident).
 */
public record RolePlay(@Nullable String scenario, @Nullable String clientPlays, @Nullable String clinicianPlays,
        @Nullable String lines, @Nullable String feedback, @Nullable Integer confidenceBefore,
        @Nullable Integer confidenceAfter) implements WorksheetContent {

    @Override
    public WorksheetType type() {
        return WorksheetType.ROLE_PLAY;
    }
}
