package org.openipt.groups;

/** Where a group meets: at a site (a village hall, a clinic, a school) or remotely (by phone or video). */
public enum MeetingMode {
    SITE, REMOTE
}
