package org.openipt.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openipt.course.Phase;
import org.openipt.course.SessionMode;
import org.openipt.identity.UserId;
import org.openipt.measures.MeasurePoint;
import org.openipt.measures.OutcomeRules;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.ProtocolId;
import org.openipt.protocol.ProtocolSettings;

/** The pure rules of groups: composition, the format's phases, a session record's soundness, the group's rates. */
class GroupRulesTests {

    static final LocalDate START = LocalDate.of(2026, 12, 1);

    static GroupSettings group(Sex singleSex, Integer youngest, Integer oldest, int max) {
        return new GroupSettings("Tuesday women", new ProtocolId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                null, new UserId(UUID.randomUUID()), MeetingMode.SITE, "Village hall", DayOfWeek.TUESDAY,
                LocalTime.of(10, 0), START, 2, max, singleSex, youngest, oldest, "phq-9");
    }

    @Test
    void aPersonJoinsOnlyWhileThereIsRoomAndTheyFitTheGroupsSexAndAges() {
        GroupSettings women18to60 = group(Sex.FEMALE, 18, 60, 3);
        assertThat(CompositionRules.problemsJoining(women18to60, 2, new CompositionRules.Person(Sex.FEMALE, 30)))
                .isEmpty();
        assertThat(CompositionRules.problemsJoining(women18to60, 3, new CompositionRules.Person(Sex.FEMALE, 30)))
                .containsExactly("group.member.full");
        assertThat(CompositionRules.problemsJoining(women18to60, 0, new CompositionRules.Person(Sex.MALE, 61)))
                .containsExactly("group.member.otherSex", "group.member.outsideAges");
        assertThat(CompositionRules.problemsJoining(women18to60, 0, new CompositionRules.Person(null, null)))
                .containsExactly("group.member.sexRequired", "group.member.ageUnknown");
        assertThat(CompositionRules.problemsJoining(group(null, null, null, 10), 0,
                new CompositionRules.Person(null, null))).as("a mixed group without ages asks nothing").isEmpty();
        assertThat(CompositionRules.problemsJoining(women18to60, 0, new CompositionRules.Person(Sex.FEMALE, 18)))
                .as("the range's ends are inside").isEmpty();
    }

    @Test
    void changedSettingsMustStillFitTheMembers() {
        List<CompositionRules.Person> members = List.of(new CompositionRules.Person(Sex.FEMALE, 30),
                new CompositionRules.Person(Sex.MALE, 40));
        assertThat(CompositionRules.problemsWithMembers(group(null, null, null, 10), members)).isEmpty();
        assertThat(CompositionRules.problemsWithMembers(group(Sex.FEMALE, null, null, 1), members))
                .containsExactly("group.settings.tooManyMembers", "group.settings.membersOutside");
    }

    @Test
    void settingsNameEveryInconsistency() {
        UserId same = new UserId(UUID.randomUUID());
        GroupSettings broken = new GroupSettings(" ", new ProtocolId(UUID.randomUUID()), same, same,
                new UserId(UUID.randomUUID()), MeetingMode.SITE, null, DayOfWeek.MONDAY, LocalTime.NOON, START, 9, 8,
                Sex.OTHER, 70, 20, "phq-9");
        assertThat(broken.problems()).containsExactly("group.name.required", "group.coFacilitator.same",
                "group.site.required", "group.size.invalid", "group.singleSex.invalid", "group.ages.invalid");
        assertThat(group(null, null, null, 41).problems()).containsExactly("group.size.invalid");
    }

    @Test
    void theWhoStyleFormatHasOnePreGroupSessionThenEightGroupSessionsInThreePhases() {
        // the shipped WHO-style defaults: 9 sessions, 1 pre-group, initial 2 (with the pre-group), termination 2
        GroupFormat who = GroupFormat.of(new ProtocolSettings(Delivery.GROUP, 9, 9, 9, Cadence.WEEKLY, 90, 1, 2, 2,
                true, false, false));
        assertThat(who.groupSessions()).isEqualTo(8);
        assertThat(who.phaseOf(1)).isEqualTo(Phase.INITIAL);
        assertThat(List.of(who.phaseOf(2), who.phaseOf(6))).containsOnly(Phase.MIDDLE);
        assertThat(List.of(who.phaseOf(7), who.phaseOf(8))).containsOnly(Phase.TERMINATION);
        assertThat(who.courseSession(1)).as("session k of N counts the pre-group session").isEqualTo(2);
        assertThat(who.has(9)).isFalse();
        assertThat(who.isLast(8)).isTrue();
        GroupFormat lastOnly = GroupFormat.of(new ProtocolSettings(Delivery.GROUP, 9, 9, 9, Cadence.WEEKLY, 90, 1, 2,
                1, true, false, false));
        assertThat(List.of(lastOnly.phaseOf(7), lastOnly.phaseOf(8))).containsExactly(Phase.MIDDLE,
                Phase.TERMINATION);
    }

    @Test
    void aSessionRecordNeedsTheNextNumberAPlausibleDayAndOneMarkForEveryMember() {
        GroupFormat format = new GroupFormat(1, 8, 1, 1);
        GroupMemberId a = new GroupMemberId(UUID.randomUUID());
        GroupMemberId b = new GroupMemberId(UUID.randomUUID());
        LocalDate today = START.plusWeeks(2);
        GroupSessionEntry sound = entry(2, today.atTime(10, 0), List.of(present(a), absent(b)));
        assertThat(GroupSessionRules.problemsWith(sound, format, 2, Set.of(a, b), START, today)).isEmpty();
        assertThat(GroupSessionRules.problemsWith(entry(3, today.atTime(10, 0), List.of(present(a), absent(b))),
                format, 2, Set.of(a, b), START, today)).containsExactly("groupSession.number.notNext");
        assertThat(GroupSessionRules.problemsWith(entry(9, today.atTime(10, 0), List.of(present(a), absent(b))),
                format, 9, Set.of(a, b), START, today)).containsExactly("groupSession.number.beyondFormat");
        assertThat(GroupSessionRules.problemsWith(entry(2, today.plusDays(1).atTime(0, 0), List.of(present(a))),
                format, 2, Set.of(a, b), START, today))
                .containsExactly("groupSession.when.future", "groupSession.attendance.incomplete");
        assertThat(GroupSessionRules.problemsWith(entry(2, START.minusDays(1).atTime(23, 59),
                List.of(present(a), present(a), absent(b))), format, 2, Set.of(a, b), START, today))
                .containsExactly("groupSession.when.beforeStart", "groupSession.attendance.incomplete");
        GroupSessionEntry long2001 = entry(2, today.atTime(10, 0), List.of(new MemberCheckIn(a, true, Map.of(),
                "x".repeat(2001), null, null, null), absent(b)));
        assertThat(GroupSessionRules.problemsWith(long2001, format, 2, Set.of(a, b), START, today))
                .containsExactly("groupSession.text.tooLong");
        GroupSessionEntry lastWithoutDecision = entry(8, today.atTime(10, 0), List.of(present(a), absent(b)));
        assertThat(GroupSessionRules.problemsWith(lastWithoutDecision, format, 8, Set.of(a, b), START, today))
                .as("the last session decides about more help for each member present")
                .containsExactly("groupSession.referral.required");
        GroupSessionEntry lastDecided = entry(8, today.atTime(10, 0), List.of(new MemberCheckIn(a, true, Map.of(),
                null, null, null, null, "Not sleeping again", ReferralDecision.NOT_NEEDED), absent(b)));
        assertThat(GroupSessionRules.problemsWith(lastDecided, format, 8, Set.of(a, b), START, today)).isEmpty();
    }

    @Test
    void aPreGroupRecordNeedsTheAreaADisagreementsStageAndASmallCircle() {
        LocalDate today = START;
        PreGroupEntry sound = new PreGroupEntry(today.atTime(9, 0), SessionMode.IN_PERSON, Map.of(),
                java.time.YearMonth.from(today.minusMonths(2)), org.openipt.timeline.MoodSeverity.MODERATE, "A move",
                org.openipt.formulation.ProblemArea.ROLE_TRANSITION, null, List.of(), "Make one friend");
        assertThat(PreGroupRules.problemsWith(sound, today)).isEmpty();
        List<PreGroupEntry.KeyPerson> nine = java.util.Collections.nCopies(9, new PreGroupEntry.KeyPerson("Ruth",
                org.openipt.inventory.RelationshipRole.SIBLING, org.openipt.inventory.ClosenessRing.INNER));
        PreGroupEntry broken = new PreGroupEntry(today.plusDays(1).atTime(0, 0), SessionMode.IN_PERSON, Map.of(),
                java.time.YearMonth.from(today.plusMonths(1)), null, null,
                org.openipt.formulation.ProblemArea.ROLE_DISPUTE, null, nine, "x".repeat(501));
        assertThat(PreGroupRules.problemsWith(broken, today)).containsExactly("preGroup.when.future",
                "preGroup.onset.future", "preGroup.severity.required", "preGroup.stage.required",
                "preGroup.people.tooMany", "preGroup.goal.tooLong");
        assertThat(PreGroupRules.problemsWith(new PreGroupEntry(today.atTime(9, 0), SessionMode.PHONE, Map.of(), null,
                null, null, null, null, List.of(new PreGroupEntry.KeyPerson(" ",
                        org.openipt.inventory.RelationshipRole.FRIEND, org.openipt.inventory.ClosenessRing.OUTER)),
                null), today)).containsExactly("preGroup.area.required", "preGroup.people.name");
    }

    @Test
    void theGroupsRatesCountOnlyMembersTheRuleCouldBeAppliedTo() {
        OutcomeRules rules = OutcomeRules.standard();
        MemberLine responder = line(List.of(MemberLine.Mark.PRESENT, MemberLine.Mark.PRESENT, MemberLine.Mark.MISSED),
                rules.instrument("phq-9", points(16, 4)));
        MemberLine same = line(List.of(MemberLine.Mark.PRESENT, MemberLine.Mark.PRESENT, MemberLine.Mark.MADE_UP),
                rules.instrument("phq-9", points(14, 12)));
        MemberLine oneScore = line(List.of(MemberLine.Mark.NOT_A_MEMBER, MemberLine.Mark.PRESENT,
                MemberLine.Mark.PRESENT), rules.instrument("phq-9", points(15)));
        GroupOutcomes outcomes = GroupOutcomes.of(List.of(responder, same, oneScore));
        assertThat(outcomes.attendances()).as("a make-up is not a group attendance").isEqualTo(6);
        assertThat(same.madeUp()).isEqualTo(1);
        assertThat(outcomes.expectedAttendances()).as("a session before joining is not expected").isEqualTo(8);
        assertThat(outcomes.attendancePercent()).isEqualTo(75);
        assertThat(List.of(outcomes.responders(), outcomes.respondersOutOf())).containsExactly(1, 2);
        assertThat(List.of(outcomes.remitters(), outcomes.remittersOutOf())).containsExactly(1, 2);
        assertThat(GroupOutcomes.of(List.of()).attendancePercent()).isEqualTo(-1);
    }

    private static MemberLine line(List<MemberLine.Mark> attendance, org.openipt.measures.InstrumentOutcome outcome) {
        return new MemberLine(null, "Member", 30, attendance, outcome);
    }

    private static List<MeasurePoint> points(int... totals) {
        List<MeasurePoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            points.add(new MeasurePoint(START.plusWeeks(i), null, totals[i]));
        }
        return points;
    }

    private static GroupSessionEntry entry(int number, LocalDateTime when, List<MemberCheckIn> members) {
        return new GroupSessionEntry(UUID.randomUUID(), number, when, SessionMode.IN_PERSON, true, null, members);
    }

    private static MemberCheckIn present(GroupMemberId member) {
        return new MemberCheckIn(member, true, Map.of(), "Better after a visit", null, "Call my sister", null);
    }

    private static MemberCheckIn absent(GroupMemberId member) {
        return new MemberCheckIn(member, false, Map.of(), null, null, null, null);
    }
}
