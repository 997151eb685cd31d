package org.openipt.inventory;

/** Who the person is to the client. */
public enum RelationshipRole {
    PARTNER, PARENT, CHILD, SIBLING, OTHER_FAMILY, FRIEND, COLLEAGUE, DECEASED_PERSON, PET, OTHER
}
