package org.openipt.formulation;

/** The classification an optional diagnosis code comes from. */
public enum DiagnosisSystem {
    ICD_10,
    ICD_11
}
