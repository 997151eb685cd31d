package org.openipt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseService;
import org.openipt.course.PhaseTransition;
import org.openipt.course.CourseRecord;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionParticipants;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.course.Technique;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionView;
import org.openipt.formulation.AssessmentEntry;
import org.openipt.formulation.AssessmentService;
import org.openipt.formulation.DeficitsDetail;
import org.openipt.formulation.DiagnosisSystem;
import org.openipt.formulation.DisputeDetail;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.FocalAreaDetail;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationRules;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.formulation.StageChange;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;
import org.openipt.termination.TerminationRules;
import org.openipt.termination.TerminationService;
import org.openipt.formulation.GriefDetail;
import org.openipt.formulation.MedicationEntry;
import org.openipt.formulation.MedicationEvaluation;
import org.openipt.formulation.ProblemArea;
import org.openipt.formulation.TransitionDetail;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.timeline.ApproximateDate;
import org.openipt.inventory.InventoryService;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodPointEntry;
import org.openipt.timeline.MoodSeverity;
import org.openipt.inventory.RelationshipId;
import org.openipt.timeline.TimelineService;
import org.openipt.inventory.Relationship;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.CommunicationPattern;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.DecisionOption;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.Turn;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.WorksheetContent;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.openipt.safety.RiskEventService;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
import org.openipt.portal.PortalSharingService;
import org.openipt.caseload.ConsentKind;
import org.openipt.caseload.ConsentService;
import org.openipt.referral.ReferralFormat;
import org.openipt.referral.ReferralSettingsService;
import org.openipt.referral.SelfReferralEntry;
import org.openipt.referral.SelfReferralService;
import org.openipt.portal.SharedPart;
import org.openipt.portal.Sharing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.openipt.shared.BeforeServing;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds, once, a clearly fictional organisation whose clients stand in every phase of an IPT course. All of it
 * is written through the modules' facades by the demo's own clinicians, so it obeys every rule real data does.
 */
@Component
@ConditionalOnProperty(name = "openipt.demo.enabled", havingValue = "true")
@Order(1)
class DemoOrganisation implements BeforeServing {

    static final String PASSWORD = "demo-password-2026";
    static final String DOMAIN = "@demo.openipt.org";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** Each demo client keeps their own weekly time with their clinician, as a diary would have it. */
    private static final List<LocalTime> WEEKLY_TIMES = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30),
            LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(15, 0), LocalTime.of(16, 30), LocalTime.of(18, 0),
            LocalTime.of(11, 0));

    private int coursesStarted;
    private final IdentityService identity;
    private final CaseloadService caseload;
    private final ProtocolCatalog protocols;
    private final CourseService courses;
    private final CoursePageQuery coursePages;
    private final SessionService sessionService;
    private final AssessmentService assessments;
    private final FormulationService formulations;
    private final InventoryService inventory;
    private final TerminationService terminations;
    private final TimelineService timelines;
    private final WorksheetService worksheets;
    private final MeasuresService measures;
    private final RiskEventService riskEvents;
    private final SafetyPlanService safetyPlans;
    private final PortalSharingService sharing;
    private final ConsentService consents;
    private final ReferralSettingsService referralSettings;
    private final SelfReferralService selfReferrals;
    private final DemoGroupProgramme groupProgramme;
    private final Clock clock;

    DemoOrganisation(IdentityService identity, CaseloadService caseload, ProtocolCatalog protocols,
            CourseService courses, CoursePageQuery coursePages, SessionService sessionService,
            AssessmentService assessments, FormulationService formulations,
            InventoryService inventory, TerminationService terminations, TimelineService timelines,
            WorksheetService worksheets, MeasuresService measures, RiskEventService riskEvents,
            SafetyPlanService safetyPlans, PortalSharingService sharing, ConsentService consents,
            ReferralSettingsService referralSettings, SelfReferralService selfReferrals,
            DemoGroupProgramme groupProgramme, Clock clock) {
        this.groupProgramme = groupProgramme;
        this.sharing = sharing;
        this.consents = consents;
        this.referralSettings = referralSettings;
        this.selfReferrals = selfReferrals;
        this.measures = measures;
        this.terminations = terminations;
        this.timelines = timelines;
        this.worksheets = worksheets;
        this.riskEvents = riskEvents;
        this.safetyPlans = safetyPlans;
        this.identity = identity;
        this.caseload = caseload;
        this.assessments = assessments;
        this.formulations = formulations;
        this.protocols = protocols;
        this.courses = courses;
        this.coursePages = coursePages;
        this.sessionService = sessionService;
        this.inventory = inventory;
        this.clock = clock;
    }

    /** Seeds the demo organisation on the first start, before the application takes its first sign-in. */
    @Override
    @Transactional
    public void prepare() {
        if (identity.demoOrganisation().isPresent()) {
            return;
        }
        OrganisationId organisation = identity.openOrganisation("Riverside Counselling (demo, fictional)",
                ZONE.getId(), true);
        CurrentUser admin = identity.actingAs(account(organisation, "admin", "Avery Admin (demo)", Role.ADMIN, false,
                null));
        UserId supervisor = account(organisation, "supervisor", "Sofia Supervisor (demo)", Role.SUPERVISOR, false, null);
        CurrentUser therapist = identity.actingAs(account(organisation, "therapist", "Theo Therapist (demo)",
                Role.CLINICIAN, false, supervisor));
        CurrentUser counsellor = identity.actingAs(account(organisation, "counsellor", "Lina Counsellor (demo)",
                Role.CLINICIAN, true, supervisor));
        Protocol individual = protocols.protocolByCode(organisation, "INDIVIDUAL_IPT");
        Protocol adolescents = protocols.protocolByCode(organisation, "IPT_A");
        Protocol group = protocols.protocolByCode(organisation, "GROUP_IPT_WHO");
        Protocol brief = protocols.protocolByCode(organisation, "BRIEF_IPT");

        ClientId referred = client(therapist, "Sam Rivera (demo)", 1988, "D-1001");
        start(therapist, referred, individual, 16, 0, false, null, null, List.of());

        ClientId initialUnagreed = client(therapist, "Alex Moreno (demo)", 1975, "D-1002");
        start(therapist, initialUnagreed, individual, 12, 1, false, null, null, List.of(
                person("Dani", RelationshipRole.PARTNER, ClosenessRing.INNER),
                person("Marco", RelationshipRole.FRIEND, ClosenessRing.OUTER)));

        ClientId initialAgreed = client(therapist, "Jordan Lee (demo)", 2009, "D-1003");
        CourseId adolescentCourse = start(therapist, initialAgreed, adolescents, 12, 2, true, null, null, List.of(
                person("Mum", RelationshipRole.PARENT, ClosenessRing.INNER),
                person("Riley", RelationshipRole.FRIEND, ClosenessRing.MIDDLE),
                person("Kai", RelationshipRole.SIBLING, ClosenessRing.MIDDLE)));
        meetCaregiver(therapist, adolescentCourse);

        ClientId middle = client(therapist, "Priya Shah (demo)", 1992, "D-1004");
        CourseId middleCourse = start(therapist, middle, individual, 16, 6, true, PhaseTransition.BEGIN_MIDDLE,
                ProblemArea.ROLE_DISPUTE, List.of(
                new RelationshipFields("Arjun", RelationshipRole.PARTNER, ClosenessRing.INNER,
                        "Lives together; evenings and weekends", "He is kind and makes her laugh",
                        "Little time together since his new shifts", "Daily plans; not her wish to return to study",
                        Answer.NO, "More evenings together", "That she runs the household as before", Answer.NO,
                        "Arguments about chores that end in days of silence", Answer.YES,
                        "To talk things through instead of going quiet", Answer.YES,
                        "His shift work began two months before her low mood", false, null),
                person("Mother", RelationshipRole.PARENT, ClosenessRing.MIDDLE),
                person("Nadia", RelationshipRole.FRIEND, ClosenessRing.MIDDLE),
                person("Tom (manager)", RelationshipRole.COLLEAGUE, ClosenessRing.OUTER)));

        ClientId middleNearEnd = client(therapist, "Chen Wei (demo)", 1969, "D-1005");
        CourseId notOnTrackCourse = start(therapist, middleNearEnd, individual, 12, 9, true,
                PhaseTransition.BEGIN_MIDDLE,
                ProblemArea.ROLE_TRANSITION, List.of(
                new RelationshipFields("Li", RelationshipRole.DECEASED_PERSON, ClosenessRing.INNER, null,
                        "Forty years of marriage", null, null, Answer.YES, null, null, Answer.UNKNOWN, null,
                        Answer.UNKNOWN, null, Answer.YES, "She died; he stopped seeing their friends", true,
                        "Winter, last year"),
                person("Mei", RelationshipRole.CHILD, ClosenessRing.MIDDLE),
                person("Lucky (dog)", RelationshipRole.PET, ClosenessRing.MIDDLE),
                person("Bo", RelationshipRole.FRIEND, ClosenessRing.OUTER)));

        keepSafe(therapist, notOnTrackCourse);

        ClientId termination = client(therapist, "Maria Costa (demo)", 1981, "D-1006");
        CourseId improvingCourse = start(therapist, termination, individual, 16, 14, true, PhaseTransition.BEGIN_TERMINATION,
                ProblemArea.INTERPERSONAL_DEFICITS, List.of(
                person("Paolo", RelationshipRole.PARTNER, ClosenessRing.INNER),
                person("Elena", RelationshipRole.SIBLING, ClosenessRing.MIDDLE),
                person("Sara (team lead)", RelationshipRole.COLLEAGUE, ClosenessRing.OUTER)));

        ClientId completed = client(therapist, "Tom Becker (demo)", 1958, "D-1007");
        CourseId completedCourse = start(therapist, completed, brief, 8, 8, true, PhaseTransition.COMPLETE, ProblemArea.GRIEF, List.of(
                person("Finn", RelationshipRole.OTHER_FAMILY, ClosenessRing.INNER),
                person("Anna", RelationshipRole.CHILD, ClosenessRing.MIDDLE),
                person("Klaus", RelationshipRole.FRIEND, ClosenessRing.OUTER)));

        ClientId groupMember = client(counsellor, "Grace Achieng (demo)", 1990, "D-1008");
        start(counsellor, groupMember, group, 9, 2, true, null, null, List.of(
                person("Ruth", RelationshipRole.SIBLING, ClosenessRing.INNER),
                person("Joy", RelationshipRole.FRIEND, ClosenessRing.MIDDLE)));

        // score histories (fictional): a baseline, one improving to remission, one not on track, one with a risk answer
        scores(therapist, adolescentCourse, "phq-9", new int[][] { { 1, 14, 0 } });
        scores(therapist, improvingCourse, "phq-9", new int[][] { { 1, 18, 0 }, { 4, 14, 0 }, { 8, 9, 0 }, { 12, 6, 0 },
                { 14, 4, 0 } });
        scores(therapist, improvingCourse, "gad-7", new int[][] { { 1, 12, 0 }, { 8, 7, 0 }, { 14, 3, 0 } });
        scores(therapist, completedCourse, "phq-9", new int[][] { { 1, 16, 0 }, { 3, 12, 0 }, { 6, 7, 0 },
                { 8, 4, 0 } });
        scores(therapist, notOnTrackCourse, "phq-9", new int[][] { { 1, 19, 0 }, { 3, 18, 0 }, { 6, 17, 0 },
                { 9, 16, 0 } });
        scores(therapist, notOnTrackCourse, "gad-7", new int[][] { { 1, 13, 0 }, { 6, 12, 0 }, { 9, 12, 0 } });
        scores(therapist, middleCourse, "phq-9", new int[][] { { 1, 17, 0 }, { 4, 15, 0 }, { 6, 13, 1 } });

        UserId clientAccount = account(organisation, "client", "Priya Shah (demo)", Role.CLIENT, false, null);
        caseload.linkAccount(therapist, middle, clientAccount);
        sharing.change(therapist, middleCourse, Sharing.of(SharedPart.FORMULATION, SharedPart.GOALS,
                SharedPart.CLOSENESS_CIRCLE, SharedPart.TIMELINE, SharedPart.CHARTS), 0);
        shareFormulationAwaitingAcceptance(therapist, adolescentCourse);
        caseload.linkAccount(therapist, initialAgreed,
                account(organisation, "jordan", "Jordan Lee (demo)", Role.CLIENT, false, null));
        openReferralPage(admin);
        identity.changeSettings(admin, "https://video.example.org/riverside-demo", false,
                identity.settings(admin).version());
        groupProgramme.seed(counsellor, identity.actingAs(supervisor), ZONE);
        log.info("Seeded the demo organisation (fictional data); see the README for its sign-ins");
    }

    /**
     * The public referral page at /refer/riverside with its consent wording in English and Spanish, and two
     * self-referrals waiting in the triage queue: one urgent (a risk answer), one routine.
     */
    private void openReferralPage(CurrentUser admin) {
        consents.publish(admin, ConsentKind.SELF_REFERRAL, "en", "Before you send this", "Riverside Counselling keeps"
                + " what you write here to contact you about help that may suit you, and shares it only with the staff"
                + " who decide on referrals. You can ask us to delete it at any time. (Fictional wording.)");
        consents.publish(admin, ConsentKind.SELF_REFERRAL, "es", "Antes de enviar", "Riverside Counselling guarda"
                + " lo que escriba aquí para contactarle sobre la ayuda que le pueda servir, y solo lo comparte con el"
                + " personal que decide sobre las derivaciones. Puede pedirnos que lo borremos cuando quiera."
                + " (Texto ficticio.)");
        referralSettings.change(admin, "riverside", true, 0);
        UUID consent = consents.selfReferralWording(admin.organisationId(), "en").orElseThrow().id().value();
        selfReferral(consent, "Robin (demo)", "robin@example.org", "I have felt very low since I lost my job and"
                + " sometimes think everyone would be better off without me. (Fictional.)", 2, 1);
        selfReferral(consent, "Noor (demo)", "07700 900123, evenings", "Since the baby came I feel alone and worried"
                + " all the time. (Fictional.)", 1, 0);
    }

    private void selfReferral(UUID consent, String name, String contact, String reason, int usual, int riskScore) {
        List<String> codes = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
        java.util.Map<String, String> phq9 = new java.util.LinkedHashMap<>();
        for (int item = 1; item <= 8; item++) {
            phq9.put("phq9-" + item, codes.get(usual));
        }
        phq9.put("phq9-9", codes.get(riskScore));
        java.util.Map<String, String> gad7 = new java.util.LinkedHashMap<>();
        for (int item = 1; item <= 7; item++) {
            gad7.put("gad7-" + item, codes.get(usual));
        }
        selfReferrals.send("riverside", Locale.ENGLISH, "demo-seed", UUID.randomUUID(), new SelfReferralEntry(name,
                contact, reason, "en", ReferralFormat.EITHER, phq9, gad7, consent, true), false);
    }

    /**
     * Jordan's formulation in plain words, shared in the portal with his goal, for him to accept there (the last
     * step before the middle phase).
     */
    private void shareFormulationAwaitingAcceptance(CurrentUser clinician, CourseId course) {
        FocalAreaId area = formulations.addFocalArea(clinician, course, new FocalAreaEntry(new TransitionDetail(
                "Pupil at the village school", "Pupil at a big secondary school in town",
                "Friends from the old school; walking to school with them", "New subjects; the art club",
                "Starting conversations; asking teachers for help", "Riley; Mum")));
        formulations.addGoal(clinician, course, area, "Talk to one new person in the art club each week");
        formulations.record(clinician, course, new FormulationEntry("Your low mood started after the move to the new"
                + " school, when you lost touch with your old friends and had not yet found your place. We will work"
                + " on settling into this change: keeping the friends who matter, making new ones, and asking for"
                + " help when things are hard. (Fictional.)", null, null),
                formulations.formulation(clinician, course).version());
        sharing.change(clinician, course, Sharing.of(SharedPart.FORMULATION, SharedPart.GOALS), 0);
    }

    /**
     * A risk disclosed in conversation (opened by hand, where Priya's opens from her PHQ-9 item 9) and a safety plan
     * written with the client. The organisation's crisis resources are the seeded ones.
     */
    private void keepSafe(CurrentUser clinician, CourseId course) {
        riskEvents.openByHand(clinician, course, "Said this week that since Li died he sometimes wishes he would not "
                + "wake up in the morning. No plan; he says Mei and the dog keep him going. (Fictional.)");
        safetyPlans.save(clinician, course, new SafetyPlan(
                "Not sleeping; sitting in Li's chair for hours; thinking nobody would notice if I were gone.",
                "Walk Lucky round the park; put on the radio; make tea and sit in the garden.",
                "The café on the corner; Bo's allotment on Saturdays.",
                "Mei (daughter), evenings; Bo, any time.",
                "Theo (therapist) in working hours; the crisis lines below; the emergency number if I am in danger.",
                "Mei keeps the spare tablets at her house; I collect a week at a time.",
                "Mei and the grandchildren; Lucky; finishing the garden Li planned."), 0);
    }

    private UserId account(OrganisationId organisation, String name, String displayName, Role role,
            boolean layCounsellor, @org.jspecify.annotations.Nullable UserId supervisor) {
        return identity.createUserIn(organisation, new NewUser(name + DOMAIN, displayName, PASSWORD, role,
                layCounsellor, supervisor, null));
    }

    private ClientId client(CurrentUser clinician, String name, int birthYear, String record) {
        return caseload.register(clinician, new ClientFields(name, birthYear, null, "en", record));
    }

    private static RelationshipFields person(String alias, RelationshipRole role, ClosenessRing ring) {
        return RelationshipFields.of(alias, role, ring);
    }

    /**
     * The day a demo course entered a phase: the session after the format's initial sessions for the middle phase,
     * the first of the format's closing sessions for termination, the last session held for completion.
     */
    private static LocalDate phaseBegins(PhaseTransition move, Protocol protocol, int sessions, LocalDate startDate,
            int held) {
        int lastHeld = Math.max(held - 1, 0);
        int session = switch (move) {
            case BEGIN_MIDDLE -> protocol.settings().initialPhaseSessions();
            case BEGIN_TERMINATION -> sessions - protocol.settings().terminationPhaseSessions();
            default -> lastHeld;
        };
        return startDate.plusWeeks(Math.min(session, lastHeld));
    }

    /**
     * A course whose sessions were held weekly up to two days ago, with the people of its inventory, moved through the
     * phases up to {@code upTo}, with its next session planned a week after the last if it is still open. A course that
     * reached the middle phase has an intake version of its inventory, after which its last person moved one ring
     * closer.
     */
    private CourseId start(CurrentUser clinician, ClientId client, Protocol protocol, int sessions, int held,
            boolean agreed, @org.jspecify.annotations.Nullable PhaseTransition upTo,
            @org.jspecify.annotations.Nullable ProblemArea focus, List<RelationshipFields> people) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalTime weekly = WEEKLY_TIMES.get(coursesStarted++ % WEEKLY_TIMES.size());
        // weekly sessions, the last two days ago: its scheduled questionnaires are still due, earlier ones overdue
        LocalDate startDate = held > 0 ? today.minusWeeks(held - 1).minusDays(2) : today.minusDays(1);
        CourseId course = courses.start(clinician, client, protocol.id(),
                new ContractTerms(sessions, protocol.settings().cadence(), protocol.settings().sessionMinutes(),
                        startDate));
        for (int i = 0; i < held; i++) {
            LocalDateTime when = LocalDateTime.of(startDate.plusWeeks(i), weekly);
            sessionService.recordSession(clinician, course, new SessionEntry(when, SessionMode.IN_PERSON,
                    Attendance.ATTENDED, null, Math.min(10, 3 + i / 2), null));
            if (i == 0 && agreed) {
                courses.agreeContract(clinician, course, startDate, version(clinician, course));
            }
        }
        people.forEach(person -> inventory.add(clinician, course, person));
        if (held > 0) {
            chartTimeline(clinician, course, startDate, focus);
        }
        if (upTo != null && !people.isEmpty()) {
            inventory.markIntake(clinician, course);
            Relationship last = inventory.inventory(clinician, course).relationships().getLast();
            if (last.ring() != ClosenessRing.INNER) {
                inventory.moveToRing(clinician, course, last.id(), ClosenessRing.values()[last.ring().ordinal() - 1],
                        last.version());
            }
        }
        if (upTo != null && focus != null) {
            formulate(clinician, course, focus, startDate.plusWeeks(2));
            noteWorkOnFocus(clinician, course);
        }
        for (PhaseTransition move : new PhaseTransition[] { PhaseTransition.BEGIN_MIDDLE,
                PhaseTransition.BEGIN_TERMINATION, PhaseTransition.COMPLETE }) {
            if (upTo == null || move.ordinal() > upTo.ordinal()) {
                break;
            }
            if (move == PhaseTransition.COMPLETE) {
                endWell(clinician, course);
                medicationListed(clinician, course);
            }
            courses.move(clinician, course, move, phaseBegins(move, protocol, sessions, startDate, held),
                    version(clinician, course));
            if (move == PhaseTransition.BEGIN_MIDDLE && focus != null) {
                practise(clinician, course, focus);
            }
        }
        if (upTo != PhaseTransition.COMPLETE) {
            sessionService.recordSession(clinician, course, new SessionEntry(
                    LocalDateTime.of(today.plusDays(5), weekly),
                    upTo == PhaseTransition.BEGIN_MIDDLE ? SessionMode.VIDEO : SessionMode.IN_PERSON,
                    Attendance.SCHEDULED, null, null, null));
        }
        return course;
    }

    /**
     * The last two sessions held worked on the focal area with a few techniques, linked the mood to the week and
     * named the sessions left; the last one has a fictional private psychotherapy note.
     */
    private void noteWorkOnFocus(CurrentUser clinician, CourseId course) {
        CourseRecord record = coursePages.course(clinician, course);
        UUID focalArea = record.focalAreas().getFirst().id();
        List<SessionView> held = record.sessions().stream().filter(s -> s.number() != null).toList();
        List<SessionView> lastTwo = held.subList(Math.max(0, held.size() - 2), held.size());
        for (SessionView session : lastTwo) {
            boolean last = session == lastTwo.getLast();
            SessionEntry entry = new SessionEntry(session.when().toLocalDateTime(), session.mode(),
                    session.attendance(), "A difficult week with one better day (fictional)", session.moodRating(),
                    "Looked at a recent argument step by step (fictional).", SessionParticipants.CLIENT, null,
                    focalArea, last ? Set.of(Technique.COMMUNICATION_ANALYSIS, Technique.ROLE_PLAY)
                            : Set.of(Technique.EXPLORATORY_QUESTIONING, Technique.CLARIFICATION), true, true);
            sessionService.changeSession(clinician, course, session.id(), entry,
                    last ? "My hunch: the silences repeat a pattern from the client's family of origin (fictional)." : null,
                    session.version());
        }
    }

    /** IPT-A: the clinician met the parent alone between the first two sessions (it does not count as one). */
    private void meetCaregiver(CurrentUser clinician, CourseId course) {
        SessionView first = sessionService.sessions(clinician, course).getFirst();
        sessionService.recordSession(clinician, course, new SessionEntry(first.when().toLocalDateTime().plusDays(2),
                SessionMode.IN_PERSON, Attendance.ATTENDED, null, null,
                "Explained depression and the plan for the 12 weeks to the client's mother (fictional).",
                SessionParticipants.CAREGIVER_WITHOUT_CLIENT, "Sam Lee, mother (fictional)", null,
                Set.of(Technique.PSYCHOEDUCATION), false, true));
    }

    /**
     * A fictional timeline that fits the course's story: a current episode that began some weeks before treatment,
     * an interpersonal event shortly before it that the client links to the onset (with the closest person of the
     * inventory), an older event that is not linked, and a few mood ratings.
     */
    private void chartTimeline(CurrentUser clinician, CourseId course, LocalDate startDate,
            @org.jspecify.annotations.Nullable ProblemArea focus) {
        LocalDate onset = startDate.minusMonths(3);
        LocalDate before = onset.minusMonths(1);
        List<RelationshipId> closest = inventory.inventory(clinician, course).relationships().stream().limit(1)
                .map(Relationship::id).toList();
        record Story(LifeEventType type, String event, MoodSeverity severity) {
        }
        Story story = focus == null ? new Story(LifeEventType.CONFLICT, "Arguments at home about money (fictional)",
                MoodSeverity.MILD) : switch (focus) {
                    case GRIEF -> new Story(LifeEventType.LOSS, "Wife died after a long illness (fictional)",
                            MoodSeverity.SEVERE);
                    case ROLE_DISPUTE -> new Story(LifeEventType.CONFLICT,
                            "Partner started shift work; daily arguments (fictional)", MoodSeverity.MODERATE);
                    case ROLE_TRANSITION -> new Story(LifeEventType.JOB, "Retired from the building site (fictional)",
                            MoodSeverity.MODERATE);
                    case INTERPERSONAL_DEFICITS -> new Story(LifeEventType.MOVE,
                            "Moved to a new town for work, away from friends (fictional)", MoodSeverity.MODERATE);
                };
        timelines.addEvent(clinician, course, new LifeEventEntry(ApproximateDate.year(before.getYear() - 2),
                LifeEventType.OTHER, "Started a new job (fictional)", List.of(), false, null));
        timelines.addEvent(clinician, course, new LifeEventEntry(new ApproximateDate(before,
                org.openipt.timeline.DatePrecision.MONTH), story.type(), story.event(), closest, true, null));
        timelines.addEpisode(clinician, course, new MoodEpisodeEntry(ApproximateDate.year(before.getYear() - 6),
                ApproximateDate.year(before.getYear() - 6), MoodSeverity.MILD, false));
        timelines.addEpisode(clinician, course, new MoodEpisodeEntry(new ApproximateDate(onset,
                org.openipt.timeline.DatePrecision.MONTH), null, story.severity(), true));
        int[] ratings = { 6, 3, 4 };
        for (int i = 0; i < ratings.length; i++) {
            timelines.addPoint(clinician, course, new MoodPointEntry(ApproximateDate.day(onset.minusWeeks(2)
                    .plusWeeks(4L * i)), ratings[i]));
        }
    }

    /** A fictional assessment and formulation, with the client's acceptance and two goals, on {@code on}. */
    private void formulate(CurrentUser clinician, CourseId course, ProblemArea focus, LocalDate on) {
        assessments.record(clinician, course, new AssessmentEntry("Depressive episode, moderate (fictional)",
                DiagnosisSystem.ICD_10, "F32.1", on.minusWeeks(1), on.minusWeeks(1),
                MedicationEvaluation.NOT_NEEDED), FormulationRules.UNSAVED_VERSION);
        FocalAreaDetail detail = switch (focus) {
            case ROLE_DISPUTE -> new DisputeDetail("Her sister", "Who cares for their mother",
                    "To share the care fairly", "That the client does most of it",
                    List.of(new StageChange(DisputeStage.IMPASSE, on)));
            case ROLE_TRANSITION -> new TransitionDetail("Site engineer", "Retired", "Colleagues, a daily routine",
                    "Time for the allotment and grandchildren", "Planning the week", "A walking group");
            case GRIEF -> new GriefDetail("His wife", on.minusMonths(14), "After a long illness",
                    "Their wedding day in June");
            case INTERPERSONAL_DEFICITS -> new DeficitsDetail("Keeps to herself since moving town",
                    "Few close friends, contact fades", "A colleague and a neighbour");
        };
        FocalAreaEntry area = new FocalAreaEntry(detail);
        FocalAreaId focalArea = formulations.addFocalArea(clinician, course, area);
        formulations.record(clinician, course, new FormulationEntry("Your low mood is linked to what is happening "
                + "in one of your relationships; in the sessions left we will work on it together (fictional).", on,
                "Agreed in the session and said it made sense"), FormulationRules.UNSAVED_VERSION);
        formulations.addGoal(clinician, course, focalArea, "Have one calm conversation about it each week");
        formulations.addGoal(clinician, course, focalArea, "Notice and name my feelings when it comes up");
    }

    /** A fictional termination review with the decision to end, and a relapse-prevention plan. */
    private void endWell(CurrentUser clinician, CourseId course) {
        Map<GoalId, GoalOutcome> outcomes = new LinkedHashMap<>();
        List<Goal> goals = formulations.formulation(clinician, course).goals();
        for (int i = 0; i < goals.size(); i++) {
            outcomes.put(goals.get(i).id(), i == 0 ? GoalOutcome.ACHIEVED : GoalOutcome.PARTLY);
        }
        terminations.recordReview(clinician, course, new ReviewEntry(outcomes,
                "He can talk about his wife again and has taken up the choir they sang in (fictional).",
                "I still miss her every day, but I am not stuck any more.",
                "Sad to stop, and a little proud of the work done.", TerminationDecision.END),
                TerminationRules.UNSAVED_VERSION);
        terminations.recordPlan(clinician, course, new RelapsePlan("Staying in bed, skipping choir practice",
                "The anniversary in June, Christmas alone", "Naming the feeling, planning the week",
                "Finn, Anna, the choir leader", "Call Anna, go to choir, keep the walking routine",
                "If low for two weeks, call the practice and ask for the therapist",
                "One booster session in three months (fictional)"), TerminationRules.UNSAVED_VERSION);
    }

    /**
     * Fictional questionnaire responses given in held sessions, entered through the measures facade: each row is
     * {session number, total, item-9 score} (the item-9 score only for the PHQ-9). The total is spread over the
     * other items as evenly as it goes; the PHQ-9 difficulty question follows the total.
     */
    private void scores(CurrentUser clinician, CourseId course, String instrument, int[][] history) {
        List<SessionView> held = sessionService.sessions(clinician, course).stream().filter(s -> s.number() != null).toList();
        for (int[] entry : history) {
            SessionView session = held.stream().filter(s -> s.number() == entry[0]).findFirst().orElseThrow();
            boolean phq9 = instrument.equals("phq-9");
            String prefix = phq9 ? "phq9-" : "gad7-";
            int items = phq9 ? 8 : 7;
            int rest = entry[1] - entry[2];
            Map<String, String> answers = new LinkedHashMap<>();
            for (int item = 1; item <= items; item++) {
                int score = rest / items + (item <= rest % items ? 1 : 0);
                answers.put(prefix + item, FREQUENCY.get(score));
            }
            if (phq9) {
                answers.put("phq9-9", FREQUENCY.get(entry[2]));
                answers.put("phq9-difficulty", entry[1] < 5 ? "not-difficult" : entry[1] < 10 ? "somewhat"
                        : entry[1] < 20 ? "very" : "extremely");
            }
            measures.administer(clinician, course, UUID.randomUUID(), new Administration(instrument, answers,
                    session.id()));
        }
    }

    /** The LOINC answers of the PHQ and GAD scales, by score: not at all … nearly every day. */
    private static final List<String> FREQUENCY = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

    /** A fictional medicine from before the course, so that the discharge summary has a medication list. */
    private void medicationListed(CurrentUser clinician, CourseId course) {
        assessments.addMedication(clinician, course, new MedicationEntry("Sertraline (fictional)", "50 mg daily",
                "His family doctor", LocalDate.now(clock.withZone(ZONE)).minusMonths(6), null));
    }

    /**
     * Fictional worksheets of the middle phase that fit the course's focal area: a communication analysis, a
     * role play and a task at home for the role dispute, a decision analysis for the role transition, a role play and a task at home
     * for the interpersonal deficits, a task at home for the grief.
     */
    private void practise(CurrentUser clinician, CourseId course, ProblemArea focus) {
        switch (focus) {
            case ROLE_DISPUTE -> {
                WorksheetLinks links = links(clinician, course, "Arjun");
                worksheet(clinician, course, "The dishes on Sunday night (fictional)", links,
                        new CommunicationAnalysis("Arjun", LocalDate.now(clock.withZone(ZONE)).minusDays(9),
                                "After a long Sunday with her mother she found the kitchen as she had left it.",
                                List.of(new Turn(Speaker.CLIENT, "So I'm the only one who lives here, then?",
                                                "sharp, arms crossed", "tired and invisible"),
                                        new Turn(Speaker.OTHER, "I've just come off a double shift.", "flat",
                                                "unheard"),
                                        new Turn(Speaker.CLIENT, "Fine. Forget it.", "quiet, turned away",
                                                "hurt, then numb"),
                                        new Turn(Speaker.OTHER, "(says nothing and turns on the television)", null,
                                                "shut out")),
                                "I need help on the days I care for my mother.",
                                "That he is lazy and she is angry with him.",
                                Set.of(CommunicationPattern.ASSUMED_COMMUNICATED,
                                        CommunicationPattern.ACCUSING_YOU_STATEMENTS,
                                        CommunicationPattern.SILENCE_OR_CLOSING_OFF),
                                List.of("On the days I am at Mum's I come home exhausted. Could you do the kitchen "
                                        + "on those evenings?", "Write a note on the fridge"), 0,
                                "Practised twice in the session; the second time she kept her voice soft.",
                                "Ask on Wednesday evening, when neither of them is tired.", null));
                worksheet(clinician, course, "Asking Arjun for help (fictional)", links,
                        new RolePlay("Asking Arjun to take over the kitchen on her mother's days",
                                "herself", "Arjun, tired after a shift",
                                "I miss us being a team. On Mum's days could you do the kitchen?",
                                "Starting with 'I miss' made it easier to stay calm.", 3, 6));
                worksheet(clinician, course, "The Wednesday talk (fictional)", links,
                        new WorkAtHomeTask("On Wednesday evening, ask Arjun to take over the kitchen on Mum's days, "
                                + "starting with 'I miss us being a team'.",
                                LocalDate.now(clock.withZone(ZONE)).plusDays(3), TaskStatus.NOT_STARTED, null));
            }
            case ROLE_TRANSITION -> worksheet(clinician, course, "Volunteering or the allotment (fictional)",
                    links(clinician, course, "Bo"),
                    new DecisionAnalysis("How to fill the mornings since retiring, and with whom",
                            List.of(new DecisionOption("Volunteer at the repair café", "Uses his skills, new people",
                                            "Fixed hours again"),
                                    new DecisionOption("Share an allotment with Bo", "Outdoors with a friend",
                                            "Bo may not want to"),
                                    new DecisionOption("Wait and see", "No pressure", "Mornings stay empty")),
                            1, "Call Bo this week; visit the allotment site together on Saturday.", null));
            case INTERPERSONAL_DEFICITS -> {
                WorksheetLinks links = links(clinician, course, "Sara (team lead)");
                worksheet(clinician, course, "Joining the lunch table (fictional)", links,
                        new RolePlay("Asking colleagues whether she may join them at lunch", "herself",
                                "a colleague at the table", "Mind if I join you? I'm still new to the team.",
                                "Eye contact and a smile helped; she did not need to explain herself.", 2, 7));
                worksheet(clinician, course, "Lunch with the team (fictional)", links,
                        new WorkAtHomeTask("Join the team's lunch table once this week.",
                                LocalDate.now(clock.withZone(ZONE)).plusDays(5), TaskStatus.PARTLY,
                                "Joined once; left early but would try again."));
            }
            case GRIEF -> worksheet(clinician, course, "Looking at the photographs with Anna (fictional)",
                    links(clinician, course, "Anna"),
                    new WorkAtHomeTask("Look through the wedding photographs with Anna and tell her one story.",
                            null, TaskStatus.DONE, "They laughed and cried; Anna asked for copies."));
        }
    }

    /** The course's latest session, the person of its inventory called {@code alias}, and its first focal area. */
    private WorksheetLinks links(CurrentUser clinician, CourseId course, String alias) {
        List<SessionView> sessions = sessionService.sessions(clinician, course);
        RelationshipId person = inventory.inventory(clinician, course).relationships().stream()
                .filter(r -> r.alias().equals(alias)).map(Relationship::id).findFirst().orElse(null);
        return new WorksheetLinks(sessions.isEmpty() ? null : sessions.getLast().id(), person,
                formulations.formulation(clinician, course).focalAreas().getFirst().id());
    }

    private void worksheet(CurrentUser clinician, CourseId course, String title, WorksheetLinks links,
            WorksheetContent content) {
        worksheets.create(clinician, course, UUID.randomUUID(), new WorksheetDraft(title, links, content));
    }

    private long version(CurrentUser clinician, CourseId course) {
        return coursePages.course(clinician, course).course().version();
    }
}
