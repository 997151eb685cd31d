package org.openipt.groups;

/** A group in a list: the group and how many members it has now. */
public record GroupSummary(Group group, int activeMembers) {
}
