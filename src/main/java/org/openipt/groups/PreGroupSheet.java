package org.openipt.groups;

import org.openipt.measures.InstrumentDefinition;

/** What the pre-group session form shows: the group, the member and their name, the questionnaire. */
public record PreGroupSheet(Group group, GroupMember member, String name, InstrumentDefinition instrument) {
}
