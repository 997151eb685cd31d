package org.openipt.inventory;

/** The answer to one of the inventory's yes-or-no questions, which may not have been asked yet. */
public enum Answer {
    UNKNOWN, YES, NO
}
