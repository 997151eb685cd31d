/**
 * Group IPT: groups that run a group format (WHO-style and others) with one or two facilitators — often lay
 * counsellors — and a supervisor; their composition (size, optionally one sex, an age range); their members, each
 * keeping an individual course; and their sessions, which record attendance for every member at once and each present
 * member's weekly check-in. Phases follow the format: a group session's number says which phase the members' courses
 * are in. A facilitator reaches members' records through the care-team membership joining gave them; the supervisor
 * reads the group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Group IPT")
@NullMarked
package org.openipt.groups;

import org.jspecify.annotations.NullMarked;
