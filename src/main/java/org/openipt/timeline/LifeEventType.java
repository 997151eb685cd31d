package org.openipt.timeline;

/** The kinds of interpersonal event a timeline shows beside the mood. */
public enum LifeEventType {
    LOSS, CONFLICT, MOVE, JOB, BIRTH, ILLNESS, RELATIONSHIP_CHANGE, OTHER
}
