package org.openipt.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.UserId;
import org.openipt.protocol.ProtocolId;

/**
 * What defines a group: its name, the format it runs (the numbers of sessions come from the format), its one or two
 * facilitators and supervisor, where and when it meets, and the composition it keeps. The size limits and the
 * optional single sex and age range are the programme's choices (no manual fixes them), so they are entered, not
 * defaulted. {@link #problems()} lists every inconsistency as a message key.
 */
public record GroupSettings(String name, ProtocolId protocolId, UserId facilitator, @Nullable UserId coFacilitator,
        UserId supervisor, MeetingMode mode, @Nullable String site, DayOfWeek day, LocalTime time, LocalDate startsOn,
        int minMembers, int maxMembers, @Nullable Sex singleSex, @Nullable Integer youngestAge,
        @Nullable Integer oldestAge, String checkInInstrument) {

    public static final int NAME_LENGTH = 120;
    public static final int SITE_LENGTH = 200;
    /** A bound against typing mistakes, far above any group IPT format's size. */
    public static final int LARGEST_GROUP = 40;
    public static final int OLDEST_AGE = 120;

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("group.name.required");
        }
        else if (name.length() > NAME_LENGTH) {
            problems.add("group.name.tooLong");
        }
        if (facilitator.equals(coFacilitator)) {
            problems.add("group.coFacilitator.same");
        }
        if (mode == MeetingMode.SITE && (site == null || site.isBlank())) {
            problems.add("group.site.required");
        }
        if (site != null && site.length() > SITE_LENGTH) {
            problems.add("group.site.tooLong");
        }
        if (minMembers < 1 || maxMembers > LARGEST_GROUP || minMembers > maxMembers) {
            problems.add("group.size.invalid");
        }
        if (singleSex == Sex.OTHER) {
            problems.add("group.singleSex.invalid");
        }
        if (outOfRange(youngestAge) || outOfRange(oldestAge)
                || (youngestAge != null && oldestAge != null && youngestAge > oldestAge)) {
            problems.add("group.ages.invalid");
        }
        return problems;
    }

    public boolean hasAgeRange() {
        return youngestAge != null || oldestAge != null;
    }

    private static boolean outOfRange(@Nullable Integer age) {
        return age != null && (age < 0 || age > OLDEST_AGE);
    }
}
