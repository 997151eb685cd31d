package org.openipt.formulation;

/**
 * The four IPT problem areas, one canonical list. Schools and formats name them differently; the message
 * bundle holds a clinical and a plain ("lay") label for each, chosen by the format's wording.
 */
public enum ProblemArea {
    GRIEF,
    ROLE_DISPUTE,
    ROLE_TRANSITION,
    INTERPERSONAL_DEFICITS;

    /** The message key of this area's name in a wording ("clinical" or "lay", see {@code Protocol.wording()}). */
    public String messageKey(String wording) {
        return "problemArea." + name() + "." + ("lay".equals(wording) ? "lay" : "clinical");
    }
}
