package org.openipt.measures;

import java.util.List;

/**
 * A course past the middle of its contract without reliable improvement and still a case: the course page shows
 * IPT-specific next steps (message keys of bundle {@code i18n/outcomes}, in order).
 *
 * @param sessionsHeld sessions held so far
 * @param contractSessions sessions agreed in the treatment contract
 * @param instrumentsAboveCaseness the instruments (PHQ-9, GAD-7) whose latest complete total is still a case
 */
public record NotOnTrack(OutcomeDefinition definition, int sessionsHeld, int contractSessions,
        List<String> instrumentsAboveCaseness, List<String> nextStepKeys) {

    public static final String HEADING_KEY = "outcomes.notOnTrack.heading";
    /** Arguments: sessions held, sessions in the contract. */
    public static final String SUMMARY_KEY = "outcomes.notOnTrack.summary";
    public static final String STEP_FORMULATION = "outcomes.notOnTrack.step.formulation";
    public static final String STEP_ATTENDANCE = "outcomes.notOnTrack.step.attendance";
    public static final String STEP_SICK_ROLE = "outcomes.notOnTrack.step.sickRole";
    public static final String STEP_MEDICATION = "outcomes.notOnTrack.step.medication";
    public static final List<String> NEXT_STEPS = List.of(STEP_FORMULATION, STEP_ATTENDANCE, STEP_SICK_ROLE,
            STEP_MEDICATION);

    public NotOnTrack {
        instrumentsAboveCaseness = List.copyOf(instrumentsAboveCaseness);
        nextStepKeys = List.copyOf(nextStepKeys);
    }
}
