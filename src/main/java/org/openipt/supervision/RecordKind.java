package org.openipt.supervision;

/** Which kind of record a counsellor submits for sign-off: a session of a course, or a group session. */
public enum RecordKind {
    SESSION, GROUP_SESSION
}
