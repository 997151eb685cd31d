package org.openipt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.ProblemArea;
import org.openipt.groups.CheckIn;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSessionEntry;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionService;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.MemberCheckIn;
import org.openipt.groups.NewMember;
import org.openipt.groups.PreGroupEntry;
import org.openipt.groups.PreGroupService;
import org.openipt.groups.ScreeningEntry;
import org.openipt.groups.ScreeningService;
import org.openipt.groups.Sex;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.RelationshipRole;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.supervision.FidelityAnswer;
import org.openipt.supervision.FidelityItem;
import org.openipt.supervision.FidelityService;
import org.openipt.supervision.Review;
import org.openipt.supervision.ReviewService;
import org.openipt.supervision.SupervisionSessionEntry;
import org.openipt.supervision.SupervisionSessionService;
import org.openipt.timeline.MoodSeverity;
import org.springframework.stereotype.Component;

/**
 * The demo's group programme (fictional): the lay counsellor's WHO-style group of eight women in its middle
 * sessions — each with her pre-group session (on the morning of the first group session), four group sessions
 * recorded, two members with missed sessions, one who answered the risk question in the last session (her risk
 * event is open and went to the supervisor) — and the supervisor's side: group sessions signed, sent back and
 * waiting, fidelity ratings of the counsellor and her own, a supervision session with a follow-up — and yesterday's
 * screening day for the next group.
 */
@Component
class DemoGroupProgramme {

    private static final List<String> ANSWER_CODES = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

    /** Name, birth year, problem area, first PHQ-9 total and its fall per session (fictional). */
    private record Member(String name, int born, ProblemArea area, int baseline, int fall) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("Achieng (demo)", 1988, ProblemArea.ROLE_DISPUTE, 17, 2),
            new Member("Nakato (demo)", 1994, ProblemArea.ROLE_TRANSITION, 15, 2),
            new Member("Amina (demo)", 1979, ProblemArea.GRIEF, 19, 1),
            new Member("Esther (demo)", 1985, ProblemArea.INTERPERSONAL_DEFICITS, 14, 1),
            new Member("Florence (demo)", 1991, ProblemArea.ROLE_DISPUTE, 16, 2),
            new Member("Harriet (demo)", 1983, ProblemArea.ROLE_TRANSITION, 18, 0),
            new Member("Joyce (demo)", 1976, ProblemArea.GRIEF, 13, 1),
            new Member("Mercy (demo)", 1998, ProblemArea.INTERPERSONAL_DEFICITS, 20, 1));

    private final GroupService groups;
    private final GroupSessionService groupSessions;
    private final PreGroupService preGroup;
    private final ProtocolCatalog protocols;
    private final ReviewService reviews;
    private final FidelityService fidelity;
    private final SupervisionSessionService supervision;
    private final ScreeningService screening;
    private final Clock clock;

    DemoGroupProgramme(GroupService groups, GroupSessionService groupSessions, PreGroupService preGroup,
            ProtocolCatalog protocols, ReviewService reviews, FidelityService fidelity,
            SupervisionSessionService supervision, ScreeningService screening, Clock clock) {
        this.screening = screening;
        this.groups = groups;
        this.groupSessions = groupSessions;
        this.preGroup = preGroup;
        this.protocols = protocols;
        this.reviews = reviews;
        this.fidelity = fidelity;
        this.supervision = supervision;
        this.clock = clock;
    }

    void seed(CurrentUser counsellor, CurrentUser supervisor, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = today.minusDays(23);
        GroupId group = groups.create(counsellor, new GroupSettings("Thursday women's group (demo)",
                protocols.protocolByCode(counsellor.organisationId(), "GROUP_IPT_WHO").id(), counsellor.id(), null,
                supervisor.id(), MeetingMode.SITE, "Community hall, Riverside (fictional)", start.getDayOfWeek(),
                LocalTime.of(10, 0), start, 5, 10, Sex.FEMALE, 18, 65, "phq-9"));
        Map<String, GroupMemberId> ids = new LinkedHashMap<>();
        for (Member member : MEMBERS) {
            GroupMemberId id = groups.addMember(counsellor, group, new NewMember(null, member.name(), member.born(),
                    Sex.FEMALE));
            ids.put(member.name(), id);
            preGroup.record(counsellor, group, id, new PreGroupEntry(start.atTime(8, 30),
                    SessionMode.IN_PERSON, phq9(member.baseline(), 0), YearMonth.from(start.minusMonths(4)),
                    MoodSeverity.MODERATE, "Things changed at home around then (fictional)", member.area(),
                    member.area() == ProblemArea.ROLE_DISPUTE ? DisputeStage.IMPASSE : null, List.of(
                            new PreGroupEntry.KeyPerson("Sister (fictional)", RelationshipRole.SIBLING,
                                    ClosenessRing.INNER),
                            new PreGroupEntry.KeyPerson("Neighbour (fictional)", RelationshipRole.FRIEND,
                                    ClosenessRing.MIDDLE)), "To feel closer to the people around me (fictional)"));
        }
        List<GroupSessionId> held = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            held.add(groupSession(counsellor, group, ids, number, start.plusWeeks(number - 1).atTime(10, 0)));
        }
        // supervision: session 2 signed, session 3 sent back, session 4 (with the risk answer) waiting
        Review.ReviewId second = reviews.submitGroupSession(counsellor, group, held.get(1));
        reviews.sign(supervisor, second, 0);
        Review.ReviewId third = reviews.submitGroupSession(counsellor, group, held.get(2));
        reviews.sendBack(supervisor, third, "Please add the option each member chose this week (fictional).", 0);
        reviews.submitGroupSession(counsellor, group, held.get(3));
        rateFidelity(counsellor, supervisor, group, held);
        screeningDay(counsellor, today);
        org.openipt.caseload.ClientId harriet = memberClient(counsellor, group, ids.get("Harriet (demo)"));
        supervision.record(supervisor, new SupervisionSessionEntry(today.minusDays(8), Set.of(counsellor.id()),
                Set.of(harriet), "Harriet has missed two sessions: Lina to call her before Thursday (fictional).",
                List.of(new SupervisionSessionEntry.NewFollowUp("Call Harriet about coming back to the group"
                        + " (fictional)", today.plusDays(2), harriet))));
    }

    /**
     * Yesterday's screening day for the next group (fictional): four eligible, one excluded for a risk answer and
     * referred (her risk event is open), one below the cut-off.
     */
    private void screeningDay(CurrentUser counsellor, LocalDate today) {
        UUID day = screening.startDay(counsellor, protocols.protocolByCode(counsellor.organisationId(),
                "GROUP_IPT_WHO").id(), "Riverside market (fictional)", today.minusDays(1), "phq-9", 10);
        record Screened(String name, int age, int total, int item9) {
        }
        for (Screened person : List.of(new Screened("Rose (demo)", 29, 14, 0), new Screened("Beatrice (demo)", 41, 17,
                0), new Screened("Sarah (demo)", 35, 12, 0), new Screened("Lydia (demo)", 52, 11, 0),
                new Screened("Winnie (demo)", 24, 18, 1), new Screened("Olive (demo)", 38, 6, 0))) {
            screening.screen(counsellor, day, new ScreeningEntry(UUID.nameUUIDFromBytes(("demo-screening-"
                    + person.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), person.name(), null, Sex.FEMALE,
                    person.age(), phq9(person.total() - person.item9(), person.item9())));
        }
    }

    private GroupSessionId groupSession(CurrentUser counsellor, GroupId group, Map<String, GroupMemberId> ids,
            int number, LocalDateTime when) {
        List<MemberCheckIn> checkIns = new ArrayList<>();
        for (Member member : MEMBERS) {
            boolean missed = (member.name().startsWith("Harriet") && (number == 2 || number == 3))
                    || (member.name().startsWith("Joyce") && number == 4);
            if (missed) {
                checkIns.add(new MemberCheckIn(ids.get(member.name()), false, Map.of(), null, null, null, null));
                continue;
            }
            int total = Math.max(3, member.baseline() - member.fall() * number);
            int risk = member.name().startsWith("Mercy") && number == 4 ? 1 : 0;
            checkIns.add(new MemberCheckIn(ids.get(member.name()), true, phq9(total - risk, risk),
                    "A difficult talk with her family, then a calmer day (fictional)",
                    number == 1 ? null : "She tried it and it went partly well (fictional)",
                    "Ask a friend to walk to the market together (fictional)", null));
        }
        return groupSessions.record(counsellor, group, new GroupSessionEntry(UUID.nameUUIDFromBytes(("demo-group-"
                + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)), number, when, SessionMode.IN_PERSON,
                number != 3, null, checkIns));
    }

    /** Achieng's sessions 2–4, rated by the counsellor herself and by the supervisor (fictional). */
    private void rateFidelity(CurrentUser counsellor, CurrentUser supervisor, GroupId group,
            List<GroupSessionId> held) {
        for (int i = 1; i < held.size(); i++) {
            GroupSessionId session = held.get(i);
            CheckIn first = groupSessions.session(counsellor, group, session).checkIns().stream()
                    .filter(c -> c.present() && c.courseSession() != null).findFirst().orElseThrow();
            SessionId courseSession = java.util.Objects.requireNonNull(first.courseSession());
            var course = groups.page(counsellor, group).members().stream()
                    .filter(l -> l.member().id().equals(first.memberId())).findFirst().orElseThrow().member()
                    .courseId();
            boolean better = i == held.size() - 1;
            fidelity.rate(counsellor, course, courseSession, Map.of(FidelityItem.WARMTH_AND_EMPATHY,
                    FidelityAnswer.YES, FidelityItem.STAYED_INTERPERSONAL, FidelityAnswer.YES,
                    FidelityItem.TECHNIQUES_WELL_USED, FidelityAnswer.YES));
            fidelity.rate(supervisor, course, courseSession, Map.of(FidelityItem.WARMTH_AND_EMPATHY,
                    FidelityAnswer.YES, FidelityItem.STAYED_INTERPERSONAL, better ? FidelityAnswer.YES
                            : FidelityAnswer.NO, FidelityItem.TECHNIQUES_WELL_USED, better ? FidelityAnswer.YES
                                    : FidelityAnswer.NO));
        }
    }

    private org.openipt.caseload.ClientId memberClient(CurrentUser counsellor, GroupId group, GroupMemberId id) {
        return groups.page(counsellor, group).members().stream().filter(l -> l.member().id().equals(id))
                .findFirst().orElseThrow().member().clientId();
    }

    /** A complete PHQ-9 adding up to {@code total} over the first eight items, with item 9 at {@code item9}. */
    static Map<String, String> phq9(int total, int item9) {
        Map<String, String> answers = new LinkedHashMap<>();
        int left = Math.min(total, 24);
        for (int item = 1; item <= 8; item++) {
            int score = Math.min(3, (left + (8 - item)) / (9 - item));
            answers.put("phq9-" + item, ANSWER_CODES.get(score));
            left -= score;
        }
        answers.put("phq9-9", ANSWER_CODES.get(item9));
        return answers;
    }
}
