package org.openipt.worksheet;

/** The four kinds of worksheet of the middle phase, in the order the worksheets page shows them. */
public enum WorksheetType {
    COMMUNICATION_ANALYSIS, DECISION_ANALYSIS, ROLE_PLAY, WORK_AT_HOME
}
