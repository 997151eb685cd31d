package org.openipt.groups;

/** A member's sex as recorded at screening, which single-sex groups are composed by. */
public enum Sex {
    FEMALE, MALE, OTHER
}
