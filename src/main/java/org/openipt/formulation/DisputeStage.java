package org.openipt.formulation;

/** Where a role dispute stands; it may move in any direction during treatment. */
public enum DisputeStage {
    RENEGOTIATION,
    IMPASSE,
    DISSOLUTION
}
