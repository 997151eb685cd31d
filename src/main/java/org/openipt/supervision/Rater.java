package org.openipt.supervision;

/** Who rated a session's fidelity: the counsellor who held it, or their supervisor. */
public enum Rater {
    SELF, SUPERVISOR
}
