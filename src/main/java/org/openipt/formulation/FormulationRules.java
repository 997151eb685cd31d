package org.openipt.formulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rules of the assessment and the formulation, as plain functions. Each {@code ...Problems} method returns
 * message keys (empty when all is well), so a person reads every reason at once.
 */
public final class FormulationRules {

    /** The version of an assessment or formulation not saved yet; the first save must name it. */
    public static final long UNSAVED_VERSION = -1;

    /** IPT keeps the focus to one problem area, two at most. */
    public static final int MOST_FOCAL_AREAS = 2;

    private static final Map<GoalStatus, Set<GoalStatus>> GOAL_MOVES = Map.of(
            GoalStatus.OPEN, EnumSet.of(GoalStatus.IN_PROGRESS, GoalStatus.DROPPED),
            GoalStatus.IN_PROGRESS, EnumSet.of(GoalStatus.ACHIEVED, GoalStatus.DROPPED),
            GoalStatus.ACHIEVED, EnumSet.of(GoalStatus.IN_PROGRESS),
            GoalStatus.DROPPED, EnumSet.of(GoalStatus.OPEN, GoalStatus.IN_PROGRESS));

    private FormulationRules() {
    }

    /** The middle phase needs a diagnosis in words and the day the sick role was given. */
    public static boolean assessmentComplete(@Nullable String diagnosis, @Nullable LocalDate sickRoleOn) {
        return diagnosis != null && !diagnosis.isBlank() && sickRoleOn != null;
    }

    /** The middle phase needs one focal area, or two. */
    public static boolean focusChosen(int focalAreas) {
        return focalAreas >= 1 && focalAreas <= MOST_FOCAL_AREAS;
    }

    /** The middle phase needs a formulation in words that the client accepted. */
    public static boolean accepted(FormulationEntry formulation) {
        return formulation.narrative() != null && !formulation.narrative().isBlank()
                && formulation.acceptedOn() != null;
    }

    public static List<String> assessmentProblems(AssessmentEntry entry, LocalDate today) {
        List<String> problems = new ArrayList<>();
        boolean hasCode = entry.diagnosisCode() != null && !entry.diagnosisCode().isBlank();
        if (hasCode && entry.diagnosisSystem() == null) {
            problems.add("assessment.code.systemRequired");
        }
        if (hasCode && (entry.diagnosis() == null || entry.diagnosis().isBlank())) {
            problems.add("assessment.code.needsDiagnosis");
        }
        if (entry.sickRoleOn() != null && (entry.diagnosis() == null || entry.diagnosis().isBlank())) {
            problems.add("assessment.sickRole.needsDiagnosis");
        }
        if (isAfter(entry.sickRoleOn(), today)) {
            problems.add("assessment.sickRole.future");
        }
        if (isAfter(entry.psychoeducationOn(), today)) {
            problems.add("assessment.psychoeducation.future");
        }
        return problems;
    }

    public static List<String> medicationProblems(MedicationEntry entry) {
        List<String> problems = new ArrayList<>();
        if (entry.name().isBlank()) {
            problems.add("medication.name.required");
        }
        if (entry.startedOn() != null && entry.stoppedOn() != null && entry.stoppedOn().isBefore(entry.startedOn())) {
            problems.add("medication.stopBeforeStart");
        }
        return problems;
    }

    /**
     * Whether a focal area may be added (or changed to {@code area}) next to the others of the course: at most
     * two, and not the same area twice.
     */
    public static List<String> focalAreaProblems(Collection<ProblemArea> others, ProblemArea area) {
        List<String> problems = new ArrayList<>();
        if (others.size() >= MOST_FOCAL_AREAS) {
            problems.add("focalArea.tooMany");
        }
        if (others.contains(area)) {
            problems.add("focalArea.duplicate");
        }
        return problems;
    }

    /** What a focal area's details say must be possible: the person grieved for died by today. */
    public static List<String> detailProblems(FocalAreaDetail detail, LocalDate today) {
        if (detail instanceof GriefDetail grief && isAfter(grief.diedOn(), today)) {
            return List.of("focalArea.grief.diedInFuture");
        }
        return List.of();
    }

    /**
     * Problems with a role dispute's stage: a dispute needs one, a change cannot lie in the future or before
     * the last change. Any direction is allowed (impasse back to renegotiation, for example).
     */
    public static List<String> stageProblems(List<StageChange> history, @Nullable DisputeStage stage, LocalDate on,
            LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (stage == null) {
            if (history.isEmpty()) {
                problems.add("focalArea.stage.required");
            }
            return problems;
        }
        if (!history.isEmpty() && history.getLast().stage() == stage) {
            return problems;
        }
        if (on.isAfter(today)) {
            problems.add("focalArea.stage.future");
        }
        if (!history.isEmpty() && on.isBefore(history.getLast().on())) {
            problems.add("focalArea.stage.beforeLast");
        }
        return problems;
    }

    /** The stage history after the clinician names the current stage: unchanged, or one more step at its end. */
    public static List<StageChange> stageHistoryAfter(List<StageChange> history, @Nullable DisputeStage stage,
            LocalDate on) {
        if (stage == null || (!history.isEmpty() && history.getLast().stage() == stage)) {
            return List.copyOf(history);
        }
        List<StageChange> after = new ArrayList<>(history);
        after.add(new StageChange(stage, on));
        return List.copyOf(after);
    }

    public static List<String> formulationProblems(FormulationEntry entry, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (entry.acceptedOn() != null && (entry.narrative() == null || entry.narrative().isBlank())) {
            problems.add("formulation.acceptanceNeedsText");
        }
        if (isAfter(entry.acceptedOn(), today)) {
            problems.add("formulation.acceptedInFuture");
        }
        if (entry.acceptedOn() == null && entry.acceptanceNote() != null && !entry.acceptanceNote().isBlank()) {
            problems.add("formulation.acceptanceNeedsDate");
        }
        return problems;
    }

    /** Null when a goal may move from one status to the other (staying is always allowed), else the message key. */
    public static @Nullable String goalStatusProblem(GoalStatus from, GoalStatus to) {
        return from == to || GOAL_MOVES.get(from).contains(to) ? null : "goal.status.notAllowed";
    }

    public static List<String> goalReviewProblems(GoalStatus from, GoalStatus to, @Nullable Integer rating,
            LocalDate on, LocalDate today) {
        List<String> problems = new ArrayList<>();
        String status = goalStatusProblem(from, to);
        if (status != null) {
            problems.add(status);
        }
        if (rating != null && (rating < GoalRating.LOWEST || rating > GoalRating.HIGHEST)) {
            problems.add("goal.rating.range");
        }
        if (on.isAfter(today)) {
            problems.add("goal.rating.future");
        }
        return problems;
    }

    private static boolean isAfter(@Nullable LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today);
    }
}
