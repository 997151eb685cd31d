package org.openipt.worksheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The rules a worksheet must keep, as plain Java; each problem is a message key. */
public final class WorksheetRules {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;
    public static final int MOST_TURNS = 30;
    public static final int MOST_ALTERNATIVES = 10;
    public static final int MOST_OPTIONS = 10;
    public static final int LOWEST_CONFIDENCE = 0;
    public static final int HIGHEST_CONFIDENCE = 10;

    private WorksheetRules() {
    }

    /** {@link #problems(WorksheetDraft)}, and the day an incident happened lies by {@code today}. */
    public static List<String> problems(WorksheetDraft draft, LocalDate today) {
        List<String> problems = new ArrayList<>(problems(draft));
        if (draft.content() instanceof CommunicationAnalysis analysis && analysis.happenedOn() != null
                && analysis.happenedOn().isAfter(today)) {
            problems.add("worksheet.happenedOn.future");
        }
        return problems;
    }

    public static List<String> problems(WorksheetDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.title().isBlank()) {
            problems.add("worksheet.title.required");
        }
        if (draft.title().length() > TITLE_LENGTH) {
            problems.add("field.tooLong");
        }
        switch (draft.content()) {
            case CommunicationAnalysis analysis -> communicationAnalysis(analysis, problems);
            case DecisionAnalysis analysis -> decisionAnalysis(analysis, problems);
            case RolePlay rolePlay -> rolePlay(rolePlay, problems);
            case WorkAtHomeTask task -> workAtHome(task, problems);
        }
        return problems.stream().distinct().toList();
    }

    private static void communicationAnalysis(CommunicationAnalysis analysis, List<String> problems) {
        if (analysis.turns().size() > MOST_TURNS) {
            problems.add("worksheet.turns.tooMany");
        }
        if (analysis.turns().stream().anyMatch(turn -> turn.said().isBlank())) {
            problems.add("worksheet.turn.saidRequired");
        }
        if (analysis.alternatives().size() > MOST_ALTERNATIVES) {
            problems.add("worksheet.alternatives.tooMany");
        }
        if (analysis.alternatives().stream().anyMatch(String::isBlank)) {
            problems.add("worksheet.alternative.required");
        }
        if (!pointsInto(analysis.chosenAlternative(), analysis.alternatives().size())) {
            problems.add("worksheet.alternative.chosenUnknown");
        }
        tooLong(problems, analysis.withWhom(), analysis.whatHappened(), analysis.meant(), analysis.understood(),
                analysis.rehearsal(), analysis.plan(), analysis.howItWent());
        analysis.turns().forEach(turn -> tooLong(problems, turn.said(), turn.how(), turn.felt()));
        analysis.alternatives().forEach(alternative -> tooLong(problems, alternative));
    }

    private static void decisionAnalysis(DecisionAnalysis analysis, List<String> problems) {
        if (analysis.options().size() > MOST_OPTIONS) {
            problems.add("worksheet.options.tooMany");
        }
        if (analysis.options().stream().anyMatch(option -> option.option().isBlank())) {
            problems.add("worksheet.option.required");
        }
        if (!pointsInto(analysis.chosenOption(), analysis.options().size())) {
            problems.add("worksheet.option.chosenUnknown");
        }
        tooLong(problems, analysis.problem(), analysis.steps(), analysis.outcome());
        analysis.options().forEach(option -> tooLong(problems, option.option(), option.pros(), option.cons()));
    }

    private static void rolePlay(RolePlay rolePlay, List<String> problems) {
        if (!confidence(rolePlay.confidenceBefore()) || !confidence(rolePlay.confidenceAfter())) {
            problems.add("worksheet.confidence.range");
        }
        tooLong(problems, rolePlay.scenario(), rolePlay.clientPlays(), rolePlay.clinicianPlays(), rolePlay.lines(),
                rolePlay.feedback());
    }

    private static void workAtHome(WorkAtHomeTask task, List<String> problems) {
        if (task.description().isBlank()) {
            problems.add("worksheet.task.descriptionRequired");
        }
        tooLong(problems, task.description(), task.outcome());
    }

    /** No choice, or the place of an existing entry. */
    static boolean pointsInto(@Nullable Integer chosen, int size) {
        return chosen == null || (chosen >= 0 && chosen < size);
    }

    static boolean confidence(@Nullable Integer rating) {
        return rating == null || (rating >= LOWEST_CONFIDENCE && rating <= HIGHEST_CONFIDENCE);
    }

    private static void tooLong(List<String> problems, @Nullable String... texts) {
        for (String text : texts) {
            if (text != null && text.length() > TEXT_LENGTH) {
                problems.add("field.tooLong");
                return;
            }
        }
    }
}
