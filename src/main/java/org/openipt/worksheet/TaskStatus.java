package org.openipt.worksheet;

/**
 * How a work-at-home task went. Work at home is optional in IPT, so none of these is a failure: the bundles say
 * "not this time", never "not done" in a blaming sense.
 */
public enum TaskStatus {
    NOT_STARTED, DONE, PARTLY, NOT_DONE
}
