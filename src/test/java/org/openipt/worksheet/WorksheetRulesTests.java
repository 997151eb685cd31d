package org.openipt.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WorksheetRulesTests {

    private static WorksheetDraft draft(WorksheetContent content) {
        return new WorksheetDraft("A worksheet", WorksheetLinks.NONE, content);
    }

    private static CommunicationAnalysis analysis(List<Turn> turns, List<String> alternatives,
            @Nullable Integer chosen) {
        return new CommunicationAnalysis("Sister", LocalDate.of(2026, 3, 1), "An argument at dinner", turns,
                "I wanted help", "She heard blame", Set.of(CommunicationPattern.ASSUMED_COMMUNICATED), alternatives,
                chosen, null, null, null);
    }

    private static final Turn TURN = new Turn(Speaker.CLIENT, "You never help", "loud", "angry");

    @Test
    void aCompleteCommunicationAnalysisKeepsTheRules() {
        assertThat(WorksheetRules.problems(draft(analysis(List.of(TURN, new Turn(Speaker.OTHER, "That's unfair",
                null, null)), List.of("Could you help me on Sundays?"), 0)))).isEmpty();
    }

    @Test
    void theChosenAlternativeMustBeOneOfThoseWrittenDown() {
        assertThat(WorksheetRules.problems(draft(analysis(List.of(TURN), List.of("Ask plainly"), 1))))
                .containsExactly("worksheet.alternative.chosenUnknown");
        assertThat(WorksheetRules.problems(draft(analysis(List.of(TURN), List.of(), 0))))
                .containsExactly("worksheet.alternative.chosenUnknown");
        assertThat(WorksheetRules.problems(draft(analysis(List.of(TURN), List.of("Ask plainly"), -1))))
                .containsExactly("worksheet.alternative.chosenUnknown");
        assertThat(WorksheetRules.problems(draft(analysis(List.of(TURN), List.of("Ask plainly"), null)))).isEmpty();
    }

    @Test
    void aCommunicationAnalysisHoldsAtMostThirtyTurnsAndTenAlternatives() {
        List<Turn> thirty = Collections.nCopies(WorksheetRules.MOST_TURNS, TURN);
        assertThat(WorksheetRules.problems(draft(analysis(thirty, List.of(), null)))).isEmpty();
        List<Turn> tooMany = Collections.nCopies(WorksheetRules.MOST_TURNS + 1, TURN);
        assertThat(WorksheetRules.problems(draft(analysis(tooMany, List.of(), null))))
                .containsExactly("worksheet.turns.tooMany");
        assertThat(WorksheetRules.problems(draft(analysis(List.of(), Collections.nCopies(11, "Say it"), null))))
                .containsExactly("worksheet.alternatives.tooMany");
    }

    @Test
    void eachTurnNeedsWhatWasSaid() {
        assertThat(WorksheetRules.problems(draft(analysis(List.of(new Turn(Speaker.OTHER, " ", "a sigh", null)),
                List.of(), null)))).containsExactly("worksheet.turn.saidRequired");
    }

    @Test
    void theChosenOptionMustBeOneOfTheOptions() {
        List<DecisionOption> options = List.of(new DecisionOption("Talk to him", "clears the air", "risky"),
                new DecisionOption("Wait", null, null));
        assertThat(WorksheetRules.problems(draft(new DecisionAnalysis("Move out?", options, 1, "Call", null))))
                .isEmpty();
        assertThat(WorksheetRules.problems(draft(new DecisionAnalysis("Move out?", options, 2, "Call", null))))
                .containsExactly("worksheet.option.chosenUnknown");
        assertThat(WorksheetRules.problems(draft(new DecisionAnalysis("Move out?",
                Collections.nCopies(11, options.getFirst()), null, null, null)))).containsExactly(
                        "worksheet.options.tooMany");
        assertThat(WorksheetRules.problems(draft(new DecisionAnalysis(null, List.of(new DecisionOption("", "x",
                null)), null, null, null)))).containsExactly("worksheet.option.required");
    }

    @Test
    void confidenceRunsFromZeroToTen() {
        assertThat(WorksheetRules.problems(draft(new RolePlay("Asking for help", "herself", "her sister", null, null,
                0, 10)))).isEmpty();
        assertThat(WorksheetRules.problems(draft(new RolePlay(null, null, null, null, null, -1, 5))))
                .containsExactly("worksheet.confidence.range");
        assertThat(WorksheetRules.problems(draft(new RolePlay(null, null, null, null, null, 3, 11))))
                .containsExactly("worksheet.confidence.range");
        assertThat(WorksheetRules.problems(draft(new RolePlay(null, null, null, null, null, null, null)))).isEmpty();
    }

    @Test
    void aTaskNeedsADescriptionAndAWorksheetATitle() {
        assertThat(WorksheetRules.problems(draft(new WorkAtHomeTask("Call an old friend", null,
                TaskStatus.NOT_STARTED, null)))).isEmpty();
        assertThat(WorksheetRules.problems(new WorksheetDraft(" ", WorksheetLinks.NONE, new WorkAtHomeTask(" ", null,
                TaskStatus.NOT_DONE, null)))).containsExactly("worksheet.title.required",
                        "worksheet.task.descriptionRequired");
    }

    @Test
    void longTextIsRefusedOnce() {
        String tooLong = "x".repeat(WorksheetRules.TEXT_LENGTH + 1);
        assertThat(WorksheetRules.problems(draft(new RolePlay(tooLong, tooLong, null, null, null, null, null))))
                .containsExactly("field.tooLong");
    }

    @Test
    void anIncidentHappenedByTodayNotAfter() {
        WorksheetDraft incident = draft(analysis(List.of(TURN), List.of("Ask plainly"), null)); // on 2026-03-01
        assertThat(WorksheetRules.problems(incident, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(WorksheetRules.problems(incident, LocalDate.of(2026, 2, 28)))
                .containsExactly("worksheet.happenedOn.future");
    }
}
