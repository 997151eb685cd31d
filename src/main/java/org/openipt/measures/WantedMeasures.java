package org.openipt.measures;

/** How many measures of a client's latest course are due and how many overdue, for the caseload. */
public record WantedMeasures(int due, int overdue) {

    public int total() {
        return due + overdue;
    }
}
