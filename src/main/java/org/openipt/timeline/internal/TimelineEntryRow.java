package org.openipt.timeline.internal;

/** A row of a course's timeline (life event, mood episode, mood rating) that a clinician changes as one entry. */
interface TimelineEntryRow<E> {

    void record(E entry);

    void expectVersion(long expected);
}
