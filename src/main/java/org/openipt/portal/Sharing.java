package org.openipt.portal;

/**
 * What the client sees of a course in the portal, chosen by the clinician per course; nothing until they choose:
 * the formulation (its words and problem areas, which the client may accept) and the goals. Session notes and
 * private psychotherapy notes are never among the choices: no page, download or API of the portal shows them.
 */
public record Sharing(boolean formulation, boolean goals) {

    public static final Sharing NOTHING = new Sharing(false, false);

    /** How many parts are shared, for the course page. */
    public int count() {
        return (formulation ? 1 : 0) + (goals ? 1 : 0);
    }
}
