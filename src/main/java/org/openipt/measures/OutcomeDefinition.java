package org.openipt.measures;

import java.util.List;

/**
 * One named, versioned outcome rule, so that a report can say which rule produced a number. A rule never changes
 * under the same id and version: a different reading gets a new version.
 *
 * @param id stable name, e.g. {@code nhs-tt-reliable-improvement}
 * @param version the version of this reading of the rule
 * @param descriptionKey message key (bundle {@code i18n/outcomes}) of a one-line plain description
 * @param source where the rule comes from (reference section and the source it cites)
 */
public record OutcomeDefinition(String id, String version, String descriptionKey, String source) {

    /** Baseline (first complete response), latest (last complete response) and their difference. */
    public static final OutcomeDefinition CHANGE = new OutcomeDefinition("openipt-change-from-baseline", "1",
            "outcomes.definition.change", "OpenIPT; ipt-reference §5.10");

    /** At least a 50 % drop from the baseline total. */
    public static final OutcomeDefinition RESPONSE = new OutcomeDefinition("response-50-percent-drop", "1",
            "outcomes.definition.response", "ipt-reference §5.10 (NCQA/HEDIS; Psychiatric Services 2019)");

    /** PHQ-9 below 5 at the latest response. */
    public static final OutcomeDefinition REMISSION = new OutcomeDefinition("phq9-remission-below-5", "1",
            "outcomes.definition.remission", "ipt-reference §5.10 (NCQA/HEDIS)");

    /** NHS Talking Therapies caseness: PHQ-9 at least 10, GAD-7 at least 8. */
    public static final OutcomeDefinition CASENESS = new OutcomeDefinition("nhs-tt-caseness", "1",
            "outcomes.definition.caseness", "ipt-reference §5.10 (NHS Talking Therapies)");

    /** NHS Talking Therapies reliable improvement: a drop of at least 6 (PHQ-9) or 4 (GAD-7). */
    public static final OutcomeDefinition RELIABLE_IMPROVEMENT = new OutcomeDefinition("nhs-tt-reliable-improvement",
            "1", "outcomes.definition.reliableImprovement", "ipt-reference §5.10 (NHS Talking Therapies)");

    /** NHS Talking Therapies reliable deterioration: a rise of at least 6 (PHQ-9) or 4 (GAD-7). */
    public static final OutcomeDefinition RELIABLE_DETERIORATION = new OutcomeDefinition(
            "nhs-tt-reliable-deterioration", "1", "outcomes.definition.reliableDeterioration",
            "ipt-reference §5.10 (NHS Talking Therapies; deterioration details [K])");

    /** Jacobson–Truax reliable change index with configured SD and reliability. */
    public static final OutcomeDefinition JACOBSON_TRUAX = new OutcomeDefinition("jacobson-truax-rci", "1",
            "outcomes.definition.jacobsonTruax", "ipt-reference §5.10 (Jacobson & Truax 1991)");

    /** A case at the start, below caseness on both PHQ-9 and GAD-7 at the end. */
    public static final OutcomeDefinition RECOVERY = new OutcomeDefinition("nhs-tt-recovery", "1",
            "outcomes.definition.recovery", "ipt-reference §5.10 (NHS Talking Therapies)");

    /** Recovery and reliable improvement. */
    public static final OutcomeDefinition RELIABLE_RECOVERY = new OutcomeDefinition("nhs-tt-reliable-recovery", "1",
            "outcomes.definition.reliableRecovery", "ipt-reference §5.10 (NHS Talking Therapies)");

    /** At least two treatment sessions: only such courses count in NHS Talking Therapies outcome rates. */
    public static final OutcomeDefinition FINISHED_COURSE = new OutcomeDefinition("nhs-tt-finished-course", "1",
            "outcomes.definition.finishedCourse", "ipt-reference §5.10 (NHS Talking Therapies)");

    /** Past the middle of the contract, no reliable improvement and still a case. */
    public static final OutcomeDefinition NOT_ON_TRACK = new OutcomeDefinition("openipt-not-on-track", "1",
            "outcomes.definition.notOnTrack", "OpenIPT issue 4; ipt-reference §5.10");

    /** Every rule, in the order a report lists them. */
    public static List<OutcomeDefinition> all() {
        return List.of(CHANGE, RESPONSE, REMISSION, CASENESS, RELIABLE_IMPROVEMENT, RELIABLE_DETERIORATION,
                JACOBSON_TRUAX, RECOVERY, RELIABLE_RECOVERY, FINISHED_COURSE, NOT_ON_TRACK);
    }

    /** {@code id v version}, as a report prints it. */
    public String label() {
        return id + " v" + version;
    }
}
