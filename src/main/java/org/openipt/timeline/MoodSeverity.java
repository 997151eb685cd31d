package org.openipt.timeline;

/** How severe a mood episode was, as the clinician judges it. */
public enum MoodSeverity {
    MILD, MODERATE, SEVERE
}
