package org.openipt.safety;

/** The level of risk the person who assessed judged; the organisation's own protocol says what each level asks. */
public enum RiskLevel {
    LOW, MODERATE, HIGH, IMMINENT
}
