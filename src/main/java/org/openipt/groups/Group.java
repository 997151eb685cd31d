package org.openipt.groups;

/** A group as stored, with the version a form carries. */
public record Group(GroupId id, GroupSettings settings, long version) {
}
