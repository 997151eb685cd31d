package org.openipt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadEntry;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.shared.PageRequestParams;
import org.openipt.support.DatabaseTest;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetService;
import org.openipt.worksheet.WorksheetSummary;
import org.openipt.worksheet.WorksheetType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class DemoOrganisationTests {

    @Autowired
    DemoOrganisation demo;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseloadService caseload;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseService courses;
    @Autowired
    WorksheetService worksheets;
    @Autowired
    org.openipt.measures.MeasureSchedules schedules;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theDemoIsSeededOnceWhateverTheNumberOfStarts() {
        demo.prepare();

        assertThat(jdbc.sql("select count(*) from organisation where demo = true").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from client c join organisation o on o.id = c.organisation_id "
                + "where o.demo = true").query(Long.class).single())
                .as("8 individual clients, 8 group members, 5 screened eligible or referred").isEqualTo(21);
    }

    @Test
    void theTherapistsCaseloadShowsCoursesInEveryPhase() {
        CurrentUser therapist = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "therapist" + DemoOrganisation.DOMAIN).orElseThrow());

        List<CaseloadEntry> clients = caseload.caseload(therapist, "", PageRequestParams.of(0)).items();

        assertThat(clients).extracting(c -> c.status() == null ? "none" : c.status().phase())
                .contains("REFERRED", "INITIAL", "MIDDLE", "TERMINATION", "COMPLETED");
        assertThat(clients).allSatisfy(c -> assertThat(c.displayName()).endsWith("(demo)"));
    }

    @Test
    void eachDemoClientIsBookedAtTheirOwnTime() {
        List<java.sql.Timestamp> next = jdbc.sql("select s.scheduled_at from course_session s join course c on"
                + " c.id = s.course_id join organisation o on o.id = c.organisation_id where o.demo = true"
                + " and s.attendance = 'SCHEDULED'").query(java.sql.Timestamp.class).list();

        assertThat(next).as("every open demo course has its next session booked").hasSizeGreaterThanOrEqualTo(6);
        assertThat(next).as("no two clients booked at the same moment").doesNotHaveDuplicates();
    }

    @Test
    void everyDemoCoursePastReferralHasATimelineWithAnEventLinkedToTheOnsetOfItsCurrentEpisode() {
        String demoCourses = "select c.id from course c join organisation o on o.id = c.organisation_id "
                + "where o.demo = true";
        long pastReferral = jdbc.sql("select count(*) from (" + demoCourses + ") d where exists (select 1 from "
                + "course_session s where s.course_id = d.id and s.attendance = 'ATTENDED')").query(Long.class)
                .single();
        assertThat(pastReferral).isGreaterThan(0);
        assertThat(jdbc.sql("select count(distinct e.course_id) from life_event e where e.linked_to_onset = true "
                + "and e.course_id in (" + demoCourses + ")").query(Long.class).single()).isEqualTo(pastReferral);
        assertThat(jdbc.sql("select count(*) from mood_episode m where m.current_episode = true and m.course_id in ("
                + demoCourses + ")").query(Long.class).single()).isEqualTo(pastReferral);
        // mood ratings on the timeline are the individual courses' (a group member's weekly check-in is a PHQ-9)
        long individual = jdbc.sql("select count(*) from (" + demoCourses + ") d join course c on c.id = d.id join"
                + " protocol p on p.id = c.protocol_id where p.delivery = 'INDIVIDUAL' and exists (select 1 from"
                + " course_session s where s.course_id = d.id and s.attendance = 'ATTENDED')").query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from mood_point m where m.course_id in (" + demoCourses + ")")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3 * individual);
    }

    @Test
    void everyDemoAccountSignsInWithTheDocumentedPassword() {
        for (String who : List.of("admin", "supervisor", "therapist", "counsellor", "client", "jordan")) {
            assertThat(identity.findByEmail(identity.demoOrganisation().orElseThrow(), who + DemoOrganisation.DOMAIN)).as(who).isPresent();
        }
        String hash = jdbc.sql("select password_hash from user_account where email = ?")
                .param("therapist" + DemoOrganisation.DOMAIN).query(String.class).single();
        assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder().matches(DemoOrganisation.PASSWORD, hash)).isTrue();
    }

    @Test
    void theCoursesPastTheInitialPhaseHoldFittingWorksheets() {
        CurrentUser therapist = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "therapist" + DemoOrganisation.DOMAIN)
                .orElseThrow());
        List<CaseloadEntry> clients = caseload.caseload(therapist, "", PageRequestParams.of(0)).items();
        java.util.Map<String, List<WorksheetType>> kinds = new java.util.TreeMap<>();
        for (CaseloadEntry client : clients) {
            if (client.status() == null || !List.of("MIDDLE", "TERMINATION", "COMPLETED")
                    .contains(client.status().phase())) {
                continue;
            }
            CourseId course = courses.coursesOf(therapist, client.id()).getFirst().id();
            kinds.put(client.displayName(), worksheets.worksheets(therapist, course, 0).worksheets().items().stream()
                    .map(WorksheetSummary::type).toList());
        }

        assertThat(kinds).containsEntry("Priya Shah (demo)", List.of(WorksheetType.COMMUNICATION_ANALYSIS,
                WorksheetType.ROLE_PLAY, WorksheetType.WORK_AT_HOME)).containsEntry("Chen Wei (demo)", List.of(WorksheetType.DECISION_ANALYSIS))
                .containsEntry("Maria Costa (demo)", List.of(WorksheetType.ROLE_PLAY, WorksheetType.WORK_AT_HOME))
                .containsEntry("Tom Becker (demo)", List.of(WorksheetType.WORK_AT_HOME));
        CourseId priya = courses.coursesOf(therapist, clients.stream()
                .filter(c -> c.displayName().equals("Priya Shah (demo)")).findFirst().orElseThrow().id())
                .getFirst().id();
        WorksheetSummary analysis = worksheets.worksheets(therapist, priya, 0).worksheets().items().getFirst();
        Worksheet sheet = worksheets.worksheet(therapist, priya, analysis.id());
        CommunicationAnalysis content = (CommunicationAnalysis) sheet.content();
        assertThat(content.turns()).hasSizeBetween(3, 4);
        assertThat(content.patterns()).isNotEmpty();
        assertThat(content.chosen()).isNotNull();
        assertThat(sheet.links().relationship()).isNotNull();
        assertThat(sheet.links().focalArea()).isNotNull();
    }

    @Test
    void theDemoCoursesCarryScoreHistoriesForTheirPhases() {
        java.util.Map<String, List<Integer>> phq9 = new java.util.TreeMap<>();
        java.util.Map<String, Boolean> latestRisk = new java.util.TreeMap<>();
        jdbc.sql("""
                select c.display_name, r.total, r.risk from measure_response r join client c on c.id = r.client_id
                join organisation o on o.id = r.organisation_id
                where o.demo = true and r.instrument_id = 'phq-9' order by c.display_name, r.administered_at""")
                .query((rs, row) -> {
                    phq9.computeIfAbsent(rs.getString(1), name -> new java.util.ArrayList<>()).add(rs.getInt(2));
                    latestRisk.put(rs.getString(1), rs.getBoolean(3));
                    return row;
                }).list();

        assertThat(phq9).containsEntry("Maria Costa (demo)", List.of(18, 14, 9, 6, 4))
                .containsEntry("Tom Becker (demo)", List.of(16, 12, 7, 4));
        assertThat(phq9.get("Chen Wei (demo)")).hasSize(4).allSatisfy(total -> assertThat(total).isGreaterThanOrEqualTo(15));
        assertThat(latestRisk).containsEntry("Priya Shah (demo)", true).containsEntry("Maria Costa (demo)", false);
        assertThat(jdbc.sql("select count(*) from measure_response r join organisation o on o.id = r.organisation_id "
                + "where o.demo = true and r.instrument_id = 'gad-7' and r.complete = true").query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void theDemoCoursesFollowTheirFormatsSchedulesWithMeasuresDueAndOverdue() {
        CurrentUser therapist = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "therapist" + DemoOrganisation.DOMAIN).orElseThrow());
        List<CaseloadEntry> clients = caseload.caseload(therapist, "", PageRequestParams.of(0)).items();
        java.util.Map<String, org.openipt.measures.WantedMeasures> wanted = new java.util.TreeMap<>();
        schedules.wantedOfClients(therapist.organisationId(), clients.stream().map(CaseloadEntry::id).toList(),
                therapist.timeZone()).forEach((id, w) -> wanted.put(clients.stream().filter(c -> c.id().equals(id))
                        .findFirst().orElseThrow().displayName(), w));
        // Alex Moreno: one session two days ago, no questionnaire yet: both baselines due, nothing overdue
        assertThat(wanted.get("Alex Moreno (demo)")).satisfies(w -> {
            assertThat(w.due()).isEqualTo(2);
            assertThat(w.overdue()).isZero();
        });
        // Priya Shah: PHQ-9 at sessions 1, 4 and 6 (the middle phase began at session 4), but no GAD-7 yet: its
        // session 5 (nine days ago) is overdue; its baseline and end of the initial phase are older than the
        // window (14 days), so they count as missed and are no longer chased
        assertThat(wanted.get("Priya Shah (demo)").overdue()).isEqualTo(1);
        assertThat(wanted.get("Priya Shah (demo)").due()).isZero();
        assertThat(clients).filteredOn(c -> c.displayName().equals("Priya Shah (demo)")).singleElement()
                .satisfies(c -> assertThat(c.indicators()).singleElement()
                        .satisfies(i -> assertThat(i.messageKey()).isEqualTo("schedule.caseload.wanted")));
        // a referred course has nothing scheduled yet
        assertThat(wanted).doesNotContainKey("Sam Rivera (demo)");
    }

    @Test
    void theTriageQueueHoldsAnUrgentAndARoutineSelfReferralFromTheOpenReferralPage() {
        CurrentUser therapist = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "therapist" + DemoOrganisation.DOMAIN).orElseThrow());
        var queue = context.getBean(org.openipt.referral.TriageService.class).queue(therapist, 0).items();
        assertThat(queue).extracting(org.openipt.referral.SelfReferral::name).containsExactly("Robin (demo)",
                "Noor (demo)");
        assertThat(queue.getFirst().urgent()).isTrue();
        assertThat(context.getBean(org.openipt.referral.SelfReferralService.class)
                .page("riverside", java.util.Locale.forLanguageTag("es")).consent().title()).isEqualTo("Antes de enviar");
    }

    @Test
    void theDemoClientsFindAQuestionnaireDueAndAFormulationToAccept() {
        CurrentUser priya = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "client" + DemoOrganisation.DOMAIN).orElseThrow());
        assertThat(context.getBean(org.openipt.portal.PortalHomeQuery.class).home(priya, java.util.Locale.ENGLISH)
                .due()).extracting(org.openipt.measures.SelfReportDue::instrumentId).containsExactly("gad-7");
        assertThat(context.getBean(org.openipt.portal.PortalTasks.class).page(priya).tasks())
                .as("a task set for Priya to try this week").isNotEmpty();
        assertThat(context.getBean(org.openipt.portal.PortalHomeQuery.class).home(priya, java.util.Locale.ENGLISH)
                .videoLink()).as("her next session is by video").isEqualTo("https://video.example.org/riverside-demo");
        assertThat(context.getBean(org.openipt.portal.MyProgressService.class).progress(priya,
                java.util.Locale.ENGLISH).lines()).extracting(line -> line.change().name()).containsExactly("LOWER");
        assertThat(context.getBean(org.openipt.portal.MyPeopleService.class).people(priya, java.util.Locale.ENGLISH)
                .people()).extracting(org.openipt.portal.MyPeople.Person::alias).contains("Arjun");
        CurrentUser jordan = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "jordan" + DemoOrganisation.DOMAIN).orElseThrow());
        org.openipt.portal.MyPlan plan = context.getBean(org.openipt.portal.MyPlanService.class).plan(jordan);
        assertThat(plan.formulation()).startsWith("Your low mood started after the move");
        assertThat(plan.goals()).hasSize(1);
        assertThat(plan.answerable()).as("waiting for Jordan's answer").isTrue();
    }

    @Test
    void demoRiskEventsSitAtTheTopOfTheCaseloadWithASafetyPlanAndCrisisResources() {
        CurrentUser therapist = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "therapist" + DemoOrganisation.DOMAIN)
                .orElseThrow());
        CurrentUser supervisor = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "supervisor" + DemoOrganisation.DOMAIN)
                .orElseThrow());

        // Chen disclosed a risk in conversation; Priya's latest PHQ-9 has item 9 above zero, which opened hers.
        List<org.openipt.caseload.ClientAlert> alerts = caseload.alerts(therapist);
        assertThat(alerts).extracting(org.openipt.caseload.ClientAlert::clientName)
                .containsExactlyInAnyOrder("Chen Wei (demo)", "Priya Shah (demo)");
        // the supervisor also sees the lay counsellor's: Mercy's risk answer in last week's group session, and
        // Winnie's at yesterday's screening (excluded from the group and referred)
        assertThat(caseload.alerts(supervisor)).extracting(org.openipt.caseload.ClientAlert::clientName)
                .containsExactlyInAnyOrder("Chen Wei (demo)", "Priya Shah (demo)", "Mercy (demo)", "Winnie (demo)");
        org.openipt.caseload.ClientAlert chen = alerts.stream()
                .filter(alert -> alert.clientName().equals("Chen Wei (demo)")).findFirst().orElseThrow();
        CourseId course = courses.coursesOf(therapist, chen.clientId()).getFirst().id();
        assertThat(riskEvents.events(therapist, course).events()).singleElement()
                .satisfies(event -> assertThat(event.state()).isEqualTo(org.openipt.safety.RiskState.OPEN));
        var plan = safetyPlans.plan(therapist, course, null, java.util.Locale.ENGLISH);
        assertThat(plan.currentNumber()).isEqualTo(1);
        assertThat(plan.plan().warningSigns()).isNotBlank();
        assertThat(plan.crisisResources()).extracting(org.openipt.safety.CrisisResource::contact)
                .contains("Call or text 988", "116 123", "112");
    }

    @Autowired
    org.openipt.safety.RiskEventService riskEvents;
    @Autowired
    org.openipt.safety.SafetyPlanService safetyPlans;
}
