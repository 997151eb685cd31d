package org.openipt.worksheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A communication analysis of one interpersonal incident: with whom, when and what happened; the exchange turn by
 * turn; what the client meant against what the other person understood; the patterns found; other ways to say
 * it, the one chosen ({@code chosenAlternative} is its place in {@code alternatives}), rehearsal, plan and how it
 * went.
 */
public record CommunicationAnalysis(@Nullable String withWhom, @Nullable LocalDate happenedOn,
        @Nullable String whatHappened, List<Turn> turns, @Nullable String meant, @Nullable String understood,
        Set<CommunicationPattern> patterns, List<String> alternatives, @Nullable Integer chosenAlternative,
        @Nullable String rehearsal, @Nullable String plan, @Nullable String howItWent) implements WorksheetContent {

    public CommunicationAnalysis {
        turns = List.copyOf(turns);
        patterns = Set.copyOf(patterns);
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public WorksheetType type() {
        return WorksheetType.COMMUNICATION_ANALYSIS;
    }

    public @Nullable String chosen() {
        return chosenAlternative == null || chosenAlternative < 0 || chosenAlternative >= alternatives.size() ? null
                : alternatives.get(chosenAlternative);
    }
}
