package org.openipt.portal;

/**
 * A part of a course the clinician may show the client in the portal. Session notes and private psychotherapy
 * notes are deliberately not parts: nothing can share them.
 */
public enum SharedPart {
    /** The formulation in plain words and the problem areas, which the client may accept. */
    FORMULATION,
    /** The goals and how each stands. */
    GOALS,
    /** The closeness circle ("My people"): the people of the inventory by ring, no details. */
    CLOSENESS_CIRCLE,
    /** The timeline picture of life events and mood. */
    TIMELINE,
    /** The worksheets from the sessions (communication analyses, decisions, role plays). */
    WORKSHEETS,
    /** The questionnaire scores as a chart, with what changed since the start ("My progress"). */
    CHARTS
}
