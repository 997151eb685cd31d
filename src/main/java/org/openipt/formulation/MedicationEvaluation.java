package org.openipt.formulation;

/** The outcome of the evaluation for antidepressant medication. */
public enum MedicationEvaluation {
    NEEDED,
    NOT_NEEDED,
    REFERRED
}
