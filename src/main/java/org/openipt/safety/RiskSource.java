package org.openipt.safety;

/** How a risk event came about: a questionnaire answer, or a risk the client disclosed and staff recorded. */
public enum RiskSource {
    QUESTIONNAIRE, DISCLOSURE
}
