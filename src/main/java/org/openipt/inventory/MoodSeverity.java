package org.openipt.inventory;

/** How severe a mood episode was, as the clinician judges it. */
public enum MoodSeverity {
    MILD, MODERATE, SEVERE
}
