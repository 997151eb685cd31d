package org.openipt.course;

public enum SessionMode {
    IN_PERSON, PHONE, VIDEO
}
