package org.openipt.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a person may join a group as it is composed: room left, the group's sex when it is single-sex, its age
 * range when it has one. Also whether changed settings still fit the members the group has. Pure.
 */
public final class CompositionRules {

    /** What composition looks at about one person: sex as recorded, age in years at the group's start. */
    public record Person(@Nullable Sex sex, @Nullable Integer age) {
    }

    private CompositionRules() {
    }

    public static List<String> problemsJoining(GroupSettings group, int activeMembers, Person person) {
        List<String> problems = new ArrayList<>();
        if (activeMembers >= group.maxMembers()) {
            problems.add("group.member.full");
        }
        problems.addAll(problemsFitting(group, person));
        return problems;
    }

    /** Whether the group's settings still fit every active member (a group cannot be made smaller than it is). */
    public static List<String> problemsWithMembers(GroupSettings group, Collection<Person> activeMembers) {
        List<String> problems = new ArrayList<>();
        if (activeMembers.size() > group.maxMembers()) {
            problems.add("group.settings.tooManyMembers");
        }
        if (activeMembers.stream().anyMatch(p -> !problemsFitting(group, p).isEmpty())) {
            problems.add("group.settings.membersOutside");
        }
        return problems;
    }

    public static boolean belowMinimum(GroupSettings group, int activeMembers) {
        return activeMembers < group.minMembers();
    }

    /** The age of someone born in {@code birthYear} in {@code year}, to the year (the record keeps only the year). */
    public static @Nullable Integer ageIn(int year, @Nullable Integer birthYear) {
        return birthYear == null ? null : year - birthYear;
    }

    private static List<String> problemsFitting(GroupSettings group, Person person) {
        List<String> problems = new ArrayList<>();
        if (group.singleSex() != null) {
            if (person.sex() == null) {
                problems.add("group.member.sexRequired");
            }
            else if (person.sex() != group.singleSex()) {
                problems.add("group.member.otherSex");
            }
        }
        if (group.hasAgeRange()) {
            Integer age = person.age();
            if (age == null) {
                problems.add("group.member.ageUnknown");
            }
            else if ((group.youngestAge() != null && age < group.youngestAge())
                    || (group.oldestAge() != null && age > group.oldestAge())) {
                problems.add("group.member.outsideAges");
            }
        }
        return problems;
    }
}
