package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.EmergencyAccessId;
import org.openipt.caseload.EmergencyAccessService;
import org.openipt.caseload.MembershipId;
import org.openipt.caseload.MembershipKind;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.AssessmentService;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.GoalId;
import org.openipt.formulation.GriefDetail;
import org.openipt.formulation.MedicationEntry;
import org.openipt.formulation.MedicationId;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.inventory.ClosenessRing;
import org.openipt.timeline.ApproximateDate;
import org.openipt.inventory.InventoryService;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventId;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodEpisodeId;
import org.openipt.timeline.MoodPointEntry;
import org.openipt.timeline.MoodPointId;
import org.openipt.timeline.MoodSeverity;
import org.openipt.timeline.TimelineService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.protocol.ProtocolId;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.groups.GroupId;
import org.openipt.supervision.Review;
import org.openipt.supervision.ReviewService;
import org.openipt.groups.ScreeningService;
import org.openipt.supervision.SupervisionSessionEntry;
import org.openipt.supervision.SupervisionSessionService;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSessionEntry;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionService;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.MemberCheckIn;
import org.openipt.groups.NewMember;
import org.openipt.groups.Sex;
import org.openipt.safety.CrisisResourceId;
import org.openipt.safety.CrisisResourceService;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventService;
import org.openipt.support.DatabaseTest;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;
import org.openipt.termination.TerminationRules;
import org.openipt.termination.TerminationService;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.ResponseId;
import org.openipt.support.Fixtures;
import org.openipt.support.HostileInput;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The authorization matrix: every handler mapping of the application, with every HTTP method, asked by everyone
 * who must be refused. Organisation A owns the objects; organisation B and the people of A who hold no claim
 * on an object must get 403 or 404, the owners must get through, and each role must be kept off the pages of
 * the others. A route the matrix does not know (a new path variable, a write without a request body here, a
 * path without a role rule) fails the test, so a new endpoint cannot escape it.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    private static final List<PathPattern> PUBLIC_PATHS = paths("/login", "/language", "/error", "/v3/api-docs",
            "/v3/api-docs.yaml", "/v3/api-docs/**", "/invitation", "/invitation/**", "/password/**", "/refer/**",
            "/reminders/stop", "/login/second-factor", "/login/second-factor/set-up");

    private static final List<RoleRule> ROLE_RULES = List.of(
            RoleRule.anyMethod(EnumSet.of(Role.ADMIN), "/admin/**"),
            RoleRule.anyMethod(EnumSet.of(Role.CLIENT), "/me/**"),
            RoleRule.on(HttpMethod.POST, EnumSet.of(Role.CLINICIAN), "/clients", "/api/v1/clients"),
            RoleRule.on(HttpMethod.GET, EnumSet.of(Role.CLINICIAN), "/clients/new"),
            RoleRule.anyMethod(EnumSet.of(Role.CLINICIAN), "/emergency-access", "/emergency-access/**"),
            RoleRule.anyMethod(EnumSet.of(Role.SUPERVISOR), "/supervision", "/supervision/**"),
            RoleRule.anyMethod(EnumSet.of(Role.CLINICIAN, Role.SUPERVISOR), "/caseload/**", "/clients/**",
                    "/courses/**", "/api/v1/clients/**", "/api/v1/courses/**", "/referrals", "/referrals/**",
                    "/groups", "/groups/**", "/fidelity", "/reviews", "/reviews/**", "/screening", "/screening/**"),
            RoleRule.anyMethod(EnumSet.allOf(Role.class), "/", "/session/keep-alive", "/account/**"));

    /** What a supervisor reads of their team's clients; the forms that change a record may answer 404. */
    private static final Set<String> SUPERVISED_READS = Set.of("GET /clients/{clientId}", "GET /courses/{courseId}",
            "GET /clients/{clientId}/care-team",
            "GET /courses/{courseId}/assessment", "GET /courses/{courseId}/formulation",
            "GET /courses/{courseId}/termination", "GET /courses/{courseId}/discharge-summary",
            "GET /courses/{courseId}/worksheets", "GET /courses/{courseId}/worksheets/{worksheetId}",
            "GET /courses/{courseId}/measures", "GET /courses/{courseId}/measures/{responseId}",
            "GET /courses/{courseId}/measures/schedule",
            "GET /courses/{courseId}/risk-events", "GET /courses/{courseId}/risk-events/{riskEventId}",
            "GET /courses/{courseId}/safety-plan", "GET /courses/{courseId}/safety-plan/print",
            "GET /api/v1/clients/{clientId}", "GET /api/v1/courses/{courseId}", "GET /api/v1/courses/{courseId}/sessions",
            "GET /groups/{groupId}", "GET /groups/{groupId}/sessions/{groupSessionId}",
            "GET /courses/{courseId}/sessions/{sessionId}/fidelity", "GET /reviews/{reviewId}");

    /**
     * The writes a supervisor of the assigned clinician may make: acknowledging and assessing a risk event (they are
     * the person a lay counsellor escalates to). Recording the action and closing stay with the clinician.
     */
    private static final Set<String> SUPERVISED_WRITES = Set.of(
            "POST /courses/{courseId}/risk-events/{riskEventId}/acknowledge",
            "POST /courses/{courseId}/risk-events/{riskEventId}/assess",
            "POST /courses/{courseId}/sessions/{sessionId}/fidelity", "POST /reviews/{reviewId}/sign",
            "POST /reviews/{reviewId}/return", "POST /supervision/follow-ups/{followUpId}/done");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    SessionService sessionService;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FormulationService formulations;

    @Autowired
    InventoryService inventory;

    @Autowired
    TimelineService timelines;

    @Autowired
    TerminationService terminations;

    @Autowired
    WorksheetService worksheets;

    @Autowired
    MeasuresService measures;

    @Autowired
    RiskEventService riskEvents;

    @Autowired
    CrisisResourceService crisisResources;

    @Autowired
    CareTeamService careTeams;

    @Autowired
    EmergencyAccessService emergencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final Map<String, MockHttpSession> signedInSessions = new HashMap<>();

    private LocalDate today;
    private Fixtures.Organisation owner;
    private ObjectIds ownersObjects;
    private ObjectIds objectsOfAnotherClient;
    private Map<Role, Caller> ownersStaffAndClient;
    private Caller ownersAssignedClinician;
    private Caller ownersAdmin;
    private Caller ownersSupervisor;
    private Caller ownersUnassignedClinician;
    private Caller ownersClient;
    private List<Caller> foreigners;
    /** A co-clinician of A's client, to whom a handover would be valid. */
    private UserId handoverTarget;
    /** A clinician of A on no care team of A's client, who could validly join it. */
    private UserId joiner;

    @BeforeAll
    void twoOrganisations() {
        today = LocalDate.now(clock);
        owner = Fixtures.organisation(context);
        Fixtures.Organisation foreign = Fixtures.organisation(context);

        CourseId otherCourse = courses.start(owner.otherClinician(), owner.otherClinicianClient(),
                owner.protocol().id(), new ContractTerms(12, owner.protocol().settings().cadence(), 50,
                        today.minusDays(7)));
        SessionId otherSession = sessionService.recordSession(owner.otherClinician(), otherCourse, new SessionEntry(
                LocalDateTime.of(today.minusDays(7), LocalTime.NOON), SessionMode.VIDEO, Attendance.ATTENDED,
                "A harder week", 4, null));

        RelationshipId relationship = inventory.add(owner.clinician(), owner.course(),
                RelationshipFields.of("Probe Partner", RelationshipRole.PARTNER, ClosenessRing.INNER));
        RelationshipId otherRelationship = inventory.add(owner.otherClinician(), otherCourse,
                RelationshipFields.of("Other Friend", RelationshipRole.FRIEND, ClosenessRing.OUTER));

        CurrentUser coClinician = Fixtures.colleague(context, owner, "coclinician");
        CurrentUser emergencyClinician = Fixtures.colleague(context, owner, "emergency");
        handoverTarget = coClinician.id();
        joiner = emergencyClinician.id();
        ownersObjects = objectsOf(owner, owner.clinician(), owner.course(), owner.session(), relationship,
                careTeams.addMember(owner.clinician(), owner.client(), coClinician.id(), MembershipKind.CO_CLINICIAN,
                        "Covers the Friday sessions", today),
                emergencies.open(emergencyClinician, owner.otherClinicianClient(), "Probe emergency").id(),
                crisisResources.all(owner.admin()).getFirst().id());
        // the discharge summary (a PDF) exists once the review decided; the other client's course has none
        terminations.recordReview(owner.clinician(), owner.course(), new ReviewEntry(Map.of(), null, null, null,
                TerminationDecision.END), TerminationRules.UNSAVED_VERSION);
        objectsOfAnotherClient = objectsOf(owner, owner.otherClinician(), otherCourse, otherSession,
                otherRelationship, careTeams.addMember(owner.otherClinician(), owner.otherClinicianClient(),
                        coClinician.id(), MembershipKind.CO_CLINICIAN, "Covers the Friday sessions", today),
                ownersObjects.emergencyAccess(), crisisResources.all(owner.admin()).getLast().id());

        ownersAdmin = Caller.of("A admin", owner, "admin");
        ownersSupervisor = Caller.of("A supervisor", owner, "supervisor");
        ownersAssignedClinician = Caller.of("A assigned clinician", owner, "clinician");
        ownersUnassignedClinician = Caller.of("A unassigned clinician", owner, "other");
        ownersClient = Caller.of("A client", owner, "client");
        ownersStaffAndClient = Map.of(Role.ADMIN, ownersAdmin, Role.SUPERVISOR, ownersSupervisor,
                Role.CLINICIAN, ownersAssignedClinician, Role.CLIENT, ownersClient);
        foreigners = List.of(Caller.of("B admin", foreign, "admin"),
                Caller.of("B supervisor", foreign, "supervisor"),
                Caller.of("B clinician", foreign, "clinician"),
                Caller.of("B client", foreign, "client"));
    }

    /** The objects of one client's course, written by their clinician, with their goal. */
    private ObjectIds objectsOf(Fixtures.Organisation organisation, CurrentUser clinician, CourseId course,
            SessionId session, RelationshipId relationship, MembershipId membership, EmergencyAccessId access,
            CrisisResourceId crisisResource) {
        ClientId client = coursePages.course(clinician, course).course().clientId();
        FocalAreaId area = focalArea(clinician, course);
        return new ObjectIds(client, course, session, organisation.protocol().id(), clinician.id(),
                medication(clinician, course), area, goal(clinician, course, area), relationship,
                timeline(clinician, course), worksheet(clinician, course), response(clinician, course),
                riskEvents.openByHand(clinician, course, "Probe disclosure"), crisisResource, membership, access,
                group(organisation, clinician));
    }

    /** A fresh organisation and the objects of its client's course, for a test that changes the care team. */
    private ObjectIds objectsOfNewOrganisation(Fixtures.Organisation organisation) {
        RelationshipId relationship = inventory.add(organisation.clinician(), organisation.course(),
                RelationshipFields.of("Probe Partner", RelationshipRole.PARTNER, ClosenessRing.INNER));
        CurrentUser colleague = Fixtures.colleague(context, organisation, "colleague");
        terminations.recordReview(organisation.clinician(), organisation.course(), new ReviewEntry(Map.of(), null,
                null, null, TerminationDecision.END), TerminationRules.UNSAVED_VERSION);
        return objectsOf(organisation, organisation.clinician(), organisation.course(), organisation.session(),
                relationship, careTeams.addMember(organisation.clinician(), organisation.client(), colleague.id(),
                        MembershipKind.CO_CLINICIAN, "Probe cover", today),
                ownersObjects.emergencyAccess(), crisisResources.all(organisation.admin()).getFirst().id());
    }

    /**
     * A group with a new member and one session, facilitated by the clinician when the organisation's supervisor
     * supervises them, else by a lay counsellor of that supervisor's (a group's supervisor supervises its facilitators).
     */
    private GroupIds group(Fixtures.Organisation organisation, CurrentUser clinician) {
        GroupService groups = context.getBean(GroupService.class);
        if (!clinician.equals(organisation.clinician())) {
            IdentityService identity = context.getBean(IdentityService.class);
            clinician = identity.actingAs(identity.createUserIn(organisation.id(), new NewUser(organisation.email(
                    "facilitator-" + UUID.randomUUID().toString().substring(0, 6)), "Probe facilitator",
                    Fixtures.PASSWORD, Role.CLINICIAN, true, organisation.supervisor().id(), null)));
        }
        Protocol format = context.getBean(ProtocolCatalog.class).protocolByCode(organisation.id(), "GROUP_IPT_WHO");
        GroupId group = groups.create(clinician, new GroupSettings("Probe group", format.id(), clinician.id(), null,
                organisation.supervisor().id(), MeetingMode.REMOTE, null, today.getDayOfWeek(), LocalTime.of(10, 0),
                today.minusDays(7), 1, 10, null, null, null, "phq-9"));
        GroupMemberId member = groups.addMember(clinician, group, new NewMember(null, "Probe Member", 1990,
                Sex.FEMALE));
        GroupSessionId session = context.getBean(GroupSessionService.class).record(clinician, group,
                new GroupSessionEntry(UUID.randomUUID(), 1, LocalDateTime.of(today.minusDays(1), LocalTime.NOON),
                        SessionMode.IN_PERSON, true, null, List.of(new MemberCheckIn(member, true,
                                Map.of("phq9-1", "LA6569-3"), "A quieter week", null, "Visit a neighbour", null))));
        SupervisionSessionService supervision = context.getBean(SupervisionSessionService.class);
        supervision.record(organisation.supervisor(), new SupervisionSessionEntry(today, Set.of(clinician.id()),
                Set.of(), "Probe decisions", List.of(new SupervisionSessionEntry.NewFollowUp("Probe follow-up",
                        today.plusDays(7), null))));
        UUID followUp = jdbc.sql("select f.id from supervision_follow_up f join supervision_attendee a on"
                + " a.supervision_session_id = f.supervision_session_id where a.counsellor_id = ?")
                .param(clinician.id().value()).query(UUID.class).single();
        UUID screeningDay = context.getBean(ScreeningService.class).startDay(clinician, format.id(), "Probe village",
                today, "phq-9", 10);
        return new GroupIds(group, member, session, context.getBean(ReviewService.class).submitGroupSession(clinician,
                group, session), followUp, screeningDay);
    }

    private MedicationId medication(CurrentUser clinician, CourseId course) {
        return assessments.addMedication(clinician, course, new MedicationEntry("Sertraline", "50 mg", "GP", null,
                null));
    }

    private FocalAreaId focalArea(CurrentUser clinician, CourseId course) {
        return formulations.addFocalArea(clinician, course, new FocalAreaEntry(GriefDetail.NONE));
    }

    private TimelineIds timeline(CurrentUser clinician, CourseId course) {
        ApproximateDate lastYear = ApproximateDate.year(today.getYear() - 1);
        return new TimelineIds(
                timelines.addEvent(clinician, course, new LifeEventEntry(lastYear, LifeEventType.LOSS, "Probe event",
                        List.of(), false, null)),
                timelines.addEpisode(clinician, course, new MoodEpisodeEntry(lastYear, null, MoodSeverity.MILD,
                        true)),
                timelines.addPoint(clinician, course, new MoodPointEntry(lastYear, 5)));
    }

    private WorksheetId worksheet(CurrentUser clinician, CourseId course) {
        return worksheets.create(clinician, course, UUID.randomUUID(), new WorksheetDraft("Probe task",
                WorksheetLinks.NONE, new WorkAtHomeTask("Call a friend", null, TaskStatus.NOT_STARTED, null)));
    }

    private ResponseId response(CurrentUser clinician, CourseId course) {
        return measures.administer(clinician, course, UUID.randomUUID(), new Administration("phq-9",
                Map.of("phq9-1", "LA6569-3"), null));
    }

    private GoalId goal(CurrentUser clinician, CourseId course, @Nullable FocalAreaId area) {
        return formulations.addGoal(clinician, course, java.util.Objects.requireNonNull(area), "Probe goal");
    }

    @Test
    void everyRouteIsInTheMatrix() {
        List<Route> routes = routes();
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            route.variables().stream().filter(v -> !ObjectIds.VARIABLES.contains(v)).forEach(v -> failures.add(
                    route + ": path variable {" + v + "} is not in the authorization matrix; add it to "
                            + "AuthorizationMatrixTests.ObjectIds with an object of organisation A"));
            if (!route.isRead() && requestBody(route, ownersObjects) == null) {
                failures.add(route + ": no valid request body in the authorization matrix; add one to "
                        + "AuthorizationMatrixTests.requestBody so that a refusal cannot be a validation error");
            }
            if (!route.isPublic() && roleRuleOf(route) == null) {
                failures.add(route + ": no role rule in the authorization matrix; add it to "
                        + "AuthorizationMatrixTests.ROLE_RULES (or to PUBLIC_PATHS if it needs no sign-in)");
            }
        }
        assertThat(routes).extracting(Route::toString).contains("GET /clients/{clientId}", "GET /courses/{courseId}",
                "PUT /api/v1/courses/{courseId}/sessions/{sessionId}", "POST /admin/users/{id}");
        assertNoFailures("routes missing from the matrix", failures);
    }

    @Test
    void objectsOfOneOrganisationAreRefusedToEveryoneWithoutAClaimOnThem() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Route route : objectRoutes()) {
            for (Caller foreigner : foreigners) {
                expectRefused(route, ownersObjects, foreigner, failures);
            }
            expectRefused(route, ownersObjects, ownersUnassignedClinician, failures);
            expectRefused(route, objectsOfAnotherClient, ownersClient.as("A client (not theirs)"), failures);
            if (!route.isAdministration()) {
                expectRefused(route, ownersObjects, ownersAdmin, failures);
            }
            if (!route.isRead()) {
                if (!SUPERVISED_WRITES.contains(route.toString())) {
                    expectRefused(route, ownersObjects, ownersSupervisor.as("A supervisor (read-only)"), failures);
                }
                expectRefused(route, ownersObjects, ownersClient.as("A client (own record, read-only)"), failures);
            }
            for (String variable : route.variables().subList(1, route.variables().size())) {
                expectRefused(route, ownersObjects.with(variable, objectsOfAnotherClient),
                        ownersAssignedClinician.as("A assigned clinician ({" + variable + "} of another client)"),
                        failures);
            }
        }
        assertNoFailures("object routes that let the wrong person through", failures);
    }

    @Test
    void theOwnersReachEveryObjectPageTheyMayRead() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Route route : objectRoutes()) {
            if (!route.isRead()) {
                continue;
            }
            Caller ownerOfTheObject = route.isAdministration() ? ownersAdmin : ownersAssignedClinician;
            Answer answer = send(route, ownersObjects, ownerOfTheObject);
            if (!(route.isAdministration() ? answer.isSuccess() : answer.isSuccessOrRedirectInside())) {
                failures.add(answer.describe(route, ownerOfTheObject,
                        route.isAdministration() ? "2xx" : "2xx or a redirect inside the application"));
            }
            if (!route.isAdministration()) {
                Caller supervisor = ownersSupervisor.as("A supervisor (of the assigned clinician)");
                Answer read = send(route, ownersObjects, supervisor);
                boolean mustRead = SUPERVISED_READS.contains(route.toString());
                if (mustRead ? !read.isSuccess() : !(read.isSuccess() || read.status() == 404)) {
                    failures.add(read.describe(route, supervisor,
                            mustRead ? "2xx" : "2xx, or 404 for a form that changes the record"));
                }
            }
        }
        assertNoFailures("object routes their owners cannot reach", failures);
    }

    @Test
    void aCoClinicianReadsAndChangesTheRecordLikeTheResponsibleClinician() throws Exception {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        ObjectIds objects = objectsOfNewOrganisation(organisation);
        CurrentUser co = Fixtures.colleague(context, organisation, "co");
        careTeams.addMember(organisation.clinician(), organisation.client(), co.id(), MembershipKind.CO_CLINICIAN,
                "Shares the care", today);
        Caller coClinician = Caller.of("co-clinician", organisation, "co");
        List<String> failures = new ArrayList<>();
        for (Route route : clientRecordRoutes()) {
            if (route.isRead() && !route.isAdministration()) {
                Answer answer = send(route, objects, coClinician);
                if (!answer.isSuccessOrRedirectInside()) {
                    failures.add(answer.describe(route, coClinician, "2xx or a redirect inside the application"));
                }
            }
        }
        for (String write : List.of("POST /courses/{courseId}/sessions",
                "POST /courses/{courseId}/inventory/relationships", "POST /courses/{courseId}/risk-events")) {
            Route route = routes().stream().filter(r -> r.toString().equals(write)).findFirst().orElseThrow();
            Answer answer = send(route, objects, coClinician);
            if (!answer.isSuccessOrRedirectInside()) {
                failures.add(answer.describe(route, coClinician, "the change made (a redirect inside)"));
            }
        }
        assertNoFailures("routes a co-clinician cannot use", failures);
    }

    @Test
    void afterAHandoverTheFormerClinicianReachesNothingAndTheNewOneEverything() throws Exception {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        ObjectIds objects = objectsOfNewOrganisation(organisation);
        CurrentUser successor = Fixtures.colleague(context, organisation, "successor");
        careTeams.handOver(organisation.clinician(), organisation.client(), successor.id(), "Moving to another site",
                today, null);
        Caller former = Caller.of("former clinician", organisation, "clinician");
        Caller newClinician = Caller.of("new responsible clinician", organisation, "successor");
        List<String> failures = new ArrayList<>();
        for (Route route : clientRecordRoutes()) {
            if (route.isAdministration()) {
                continue;
            }
            expectRefused(route, objects, former, failures);
            if (route.isRead()) {
                Answer answer = send(route, objects, newClinician);
                if (!answer.isSuccessOrRedirectInside()) {
                    failures.add(answer.describe(route, newClinician, "2xx or a redirect inside the application"));
                }
            }
        }
        assertNoFailures("routes wrongly open or closed after a handover", failures);
    }

    @Test
    void emergencyAccessOpensOneRecordToReadUntilItsTimeIsUp() throws Exception {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        ObjectIds objects = objectsOfNewOrganisation(organisation);
        CurrentUser outsider = Fixtures.colleague(context, organisation, "outsider");
        Caller caller = Caller.of("clinician outside the team", organisation, "outsider");
        List<String> failures = new ArrayList<>();
        List<Route> recordRoutes = clientRecordRoutes().stream().filter(route -> !route.isAdministration()).toList();
        recordRoutes.forEach(route -> expectRefusedQuietly(route, objects, caller, failures));
        assertNoFailures("routes open to a clinician outside the team before emergency access", failures);

        MvcResult opened = mvc.perform(post("/emergency-access").with(csrf()).session(signedIn(caller.email()))
                .param("client", objects.client().toString()).param("reason", "Client in crisis; clinician away"))
                .andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/clients/" + objects.client());
        for (Route route : recordRoutes) {
            Answer answer = send(route, objects, caller);
            if (route.isRead()) {
                boolean mustRead = SUPERVISED_READS.contains(route.toString());
                if (mustRead ? !answer.isSuccess() : !(answer.isSuccess() || answer.status() == 404)) {
                    failures.add(answer.describe(route, caller, mustRead ? "2xx" : "2xx, or 404 for a form"));
                }
            }
            else if (answer.status() != 403 && answer.status() != 404) {
                failures.add(answer.describe(route, caller, "403 or 404 (emergency access only reads)"));
            }
            if (route.variables().contains("clientId") || route.variables().contains("courseId")) {
                String variable = route.variables().contains("courseId") ? "courseId" : "clientId";
                expectRefused(route, objects.with(variable, ownersObjects), caller.as("outsider (another client)"),
                        failures);
            }
        }
        assertNoFailures("routes wrong under emergency access", failures);
        String page = mvc.perform(get("/clients/" + objects.client()).session(signedIn(caller.email()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("You opened this record in an emergency");

        jdbc.sql("update emergency_access set expires_at = ? where clinician_id = ?")
                .param(java.sql.Timestamp.from(clock.instant().minusSeconds(1))).param(outsider.id().value()).update();
        recordRoutes.forEach(route -> expectRefusedQuietly(route, objects, caller, failures));
        assertNoFailures("routes still open after the emergency access ended", failures);
    }

    private void expectRefusedQuietly(Route route, ObjectIds objects, Caller caller, List<String> failures) {
        try {
            expectRefused(route, objects, caller, failures);
        }
        catch (Exception unexpected) {
            failures.add(route + " " + caller.label() + ": " + unexpected);
        }
    }

    @Test
    void eachRoleIsKeptOffThePagesOfTheOtherRoles() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            RoleRule rule = roleRuleOf(route);
            if (route.isPublic() || rule == null || !route.isInMatrix()) {
                continue;
            }
            for (Role role : Role.values()) {
                Caller caller = ownersStaffAndClient.get(role);
                if (!rule.allowed().contains(role)) {
                    Answer answer = send(route, ownersObjects, caller);
                    if (answer.status() != 403) {
                        failures.add(answer.describe(route, caller, "403 (the route is for " + rule.allowed() + ")"));
                    }
                }
                else if (route.isRead() && route.variables().isEmpty()) {
                    Answer answer = send(route, ownersObjects, caller);
                    if (!answer.isSuccessOrRedirectInside()) {
                        failures.add(answer.describe(route, caller, "2xx or a redirect inside the application"));
                    }
                }
            }
        }
        assertNoFailures("routes that ignore their role rule", failures);
    }

    @Test
    void anonymousRequestsAreSentToSignInExceptOnPublicRoutes() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            if (!route.isInMatrix()) {
                continue;
            }
            Answer answer = send(route, ownersObjects, Caller.ANONYMOUS);
            if (route.isPublic()) {
                if (answer.status() == 401 || answer.isRedirectToSignIn()) {
                    failures.add(answer.describe(route, Caller.ANONYMOUS, "an answer without sign-in"));
                }
            }
            else if (route.isApi() ? answer.status() != 401 : !answer.isRedirectToSignIn()) {
                failures.add(answer.describe(route, Caller.ANONYMOUS, route.isApi() ? "401" : "a redirect to /login"));
            }
        }
        assertNoFailures("routes open to anonymous callers", failures);
    }

    @Test
    void healthAnswersWithoutSignInAndRevealsNothingElse() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/actuator/health")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("UP").doesNotContain("components").doesNotContain("details");
    }

    /**
     * The input fuzzer: every form and every API body of the application, each field in turn given a hostile value
     * ({@link HostileInput}, seeded: {@code -Dopenipt.fuzz.seed} replays a run) and every JSON body replaced by broken
     * ones, sent by someone the route is for, in an organisation of its own. Never a server error; and a refused
     * request changes nothing (no change is audited). Round after round over the routes in the seed's order, for 6 s
     * ({@code -Dopenipt.fuzz.seconds} for a longer search); each run draws a new seed, printed with any failure, so
     * that runs together try more than one run can.
     */
    @Test
    void everyFormAndApiBodyTakesHostileValuesWithoutAServerError() throws Exception {
        long seed = Long.getLong("openipt.fuzz.seed", System.currentTimeMillis()); // each run tries other values
        HostileInput hostile = new HostileInput(seed);
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        ObjectIds objects = objectsOfNewOrganisation(organisation);
        Map<Role, Caller> callers = Map.of(Role.ADMIN, Caller.of("fuzzed admin", organisation, "admin"),
                Role.SUPERVISOR, Caller.of("fuzzed supervisor", organisation, "supervisor"),
                Role.CLINICIAN, Caller.of("fuzzed clinician", organisation, "clinician"),
                Role.CLIENT, Caller.of("fuzzed client", organisation, "client"));
        List<Route> routes = new ArrayList<>(routes().stream().filter(route -> !route.isRead() && route.isInMatrix())
                .filter(route -> requestBody(route, objects) != null).toList());
        java.util.Collections.shuffle(routes, new java.util.Random(seed));
        routes.sort(Comparator.comparing(Route::isAdministration)); // an administrator's changes last

        long deadline = System.nanoTime()
                + java.time.Duration.ofSeconds(Long.getLong("openipt.fuzz.seconds", 6)).toNanos();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int rounds = 0;
        while (System.nanoTime() < deadline) { // round after round over the routes, new values each time
            rounds++;
            for (Route route : routes) {
                Caller caller = route.isPublic() ? Caller.ANONYMOUS : fuzzingCaller(route, callers);
                for (RequestBody body : hostileBodies(requestBody(route, objects), hostile)) {
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                    long changes = auditedChanges(organisation);
                    Answer answer = send(route, objects, caller, body);
                    sent++;
                    if (answer.status() >= 500) {
                        failures.add(answer.describe(route, caller, "no server error") + " for " + body.shown());
                    }
                    else if (answer.status() >= 400 && auditedChanges(organisation) != changes) {
                        failures.add(answer.describe(route, caller, "nothing changed") + " for " + body.shown()
                                + ": refused, yet a change was audited");
                    }
                }
            }
        }
        System.out.printf("Input fuzzer: %d requests with hostile values in %d round(s) (seed %d), %d failing%n", sent,
                rounds, seed, failures.size());
        assertThat(sent).as("hostile requests sent in the time given").isGreaterThan(100);
        assertNoFailures("hostile values that broke a route (seed " + seed + ")", failures);
    }

    private static Caller fuzzingCaller(Route route, Map<Role, Caller> callers) {
        RoleRule rule = java.util.Objects.requireNonNull(roleRuleOf(route));
        return rule.allowed().contains(Role.CLINICIAN) ? callers.get(Role.CLINICIAN)
                : callers.get(rule.allowed().iterator().next());
    }

    /** The valid body with each field in turn made hostile, then all of them; for JSON also broken bodies. */
    private static List<RequestBody> hostileBodies(@Nullable RequestBody valid, HostileInput hostile) {
        List<RequestBody> bodies = new ArrayList<>();
        if (valid == null) {
            return bodies;
        }
        if (valid.json() != null) {
            for (String field : HostileInput.fieldsOf(valid.json())) {
                bodies.add(RequestBody.json(hostile.withOneField(valid.json(), field)));
            }
            HostileInput.brokenBodies().forEach(broken -> bodies.add(RequestBody.json(broken)));
            return bodies;
        }
        Map<String, String> allHostile = new LinkedHashMap<>(valid.fields());
        for (String field : valid.fields().keySet()) {
            bodies.add(new RequestBody(hostile.withOneField(valid.fields(), field), null));
            allHostile.put(field, hostile.text());
        }
        if (!valid.fields().isEmpty()) {
            bodies.add(new RequestBody(allHostile, null));
        }
        return bodies;
    }

    private long auditedChanges(Fixtures.Organisation organisation) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from audit_record where organisation_id = ? and action <> 'READ'")
                .param(organisation.id().value()).query(Long.class).single();
    }

    private void expectRefused(Route route, ObjectIds objects, Caller caller, List<String> failures) throws Exception {
        Answer answer = send(route, objects, caller);
        if (answer.status() != 403 && answer.status() != 404) {
            failures.add(answer.describe(route, caller, "403 or 404"));
        }
    }

    /**
     * The object routes reached through a client's care team: all but the groups' and the fidelity ratings' (reached
     * by a part in a group or by being the counsellor or their supervisor; GroupsTests and FidelityTests cover them).
     */
    private List<Route> clientRecordRoutes() {
        return objectRoutes().stream().filter(route -> !route.isGroup()).toList();
    }

    private List<Route> objectRoutes() {
        return routes().stream().filter(route -> !route.variables().isEmpty() && route.isInMatrix() && !route.isPublic())
                .toList();
    }

    private List<Route> routes() {
        TreeSet<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern)
                .thenComparing(route -> route.method().name()));
        handlerMapping.getHandlerMethods().keySet().forEach(mapping -> {
            Set<RequestMethod> declared = mapping.getMethodsCondition().getMethods();
            Set<HttpMethod> methods = declared.isEmpty() ? Set.of(HttpMethod.GET, HttpMethod.POST)
                    : declared.stream().map(RequestMethod::asHttpMethod).collect(Collectors.toSet());
            mapping.getPatternValues().forEach(pattern -> methods.forEach(method -> routes.add(new Route(pattern,
                    method))));
        });
        return List.copyOf(routes);
    }

    private static @Nullable RoleRule roleRuleOf(Route route) {
        String path = route.expand(ObjectIds.PLACEHOLDERS);
        return ROLE_RULES.stream().filter(rule -> rule.covers(route.method(), path)).findFirst().orElse(null);
    }

    private Answer send(Route route, ObjectIds objects, Caller caller) throws Exception {
        RequestBody body = route.isRead() ? RequestBody.NONE : requestBody(route, objects);
        if (body == null) {
            throw new IllegalStateException(route + " has no request body in the matrix");
        }
        return send(route, objects, caller, body);
    }

    private Answer send(Route route, ObjectIds objects, Caller caller, RequestBody body) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), URI.create(route.expand(objects.byVariable())));
        if (route.isApi()) {
            request.accept(MediaType.APPLICATION_JSON);
            if (body.json() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(body.json());
            }
            if (caller.email() != null) {
                request.with(httpBasic(caller.email(), Fixtures.PASSWORD));
            }
        }
        else {
            body.fields().forEach(request::param);
            if (!route.isRead()) {
                request.with(csrf());
            }
            if (caller.email() != null) {
                request.session(signedIn(caller.email()));
            }
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(result.getResponse().getStatus(), result.getResponse().getHeader(HttpHeaders.LOCATION),
                    result.getResolvedException() == null ? null : result.getResolvedException().toString());
        }
        catch (Exception unhandled) {
            return new Answer(500, null, "unhandled " + unhandled);
        }
    }

    private MockHttpSession signedIn(String email) throws Exception {
        MockHttpSession session = signedInSessions.get(email);
        if (session == null) {
            session = Pages.signIn(mvc, email);
            signedInSessions.put(email, session);
        }
        return session;
    }

    /** A body the owner of the objects could send successfully, so that only access control can refuse it. */
    private @Nullable RequestBody requestBody(Route route, ObjectIds objects) {
        String startDate = today.minusDays(7).toString();
        String yesterday = today.minusDays(1).toString();
        return switch (route.toString()) {
            case "POST /clients", "POST /clients/{clientId}/edit" -> RequestBody.form("displayName", "Probe Client",
                    "birthYear", "1990", "preferredLanguage", "en", "version", "0");
            case "POST /clients/{clientId}/courses", "POST /courses/{courseId}/contract" -> RequestBody.form(
                    "protocolId", objects.protocol().toString(), "sessions", "12", "cadence", "WEEKLY",
                    "sessionMinutes", "50", "startDate", startDate, "version", "0");
            case "POST /courses/{courseId}/agreement" -> RequestBody.form("date", today.toString(), "version", "0");
            case "POST /courses/{courseId}/move" -> RequestBody.form("move", "BEGIN_MIDDLE", "version", "0");
            case "POST /courses/{courseId}/move-anyway" -> RequestBody.form("move", "BEGIN_MIDDLE", "reason",
                    "Agreed with the client to start now", "version", "0");
            case "POST /courses/{courseId}/assessment" -> RequestBody.form("diagnosis", "Depressive episode",
                    "sickRoleOn", yesterday, "version", "-1");
            case "POST /courses/{courseId}/assessment/medications",
                    "POST /courses/{courseId}/assessment/medications/{medicationId}" -> RequestBody.form("name",
                            "Sertraline", "dose", "50 mg", "version", "0");
            case "POST /courses/{courseId}/formulation" -> RequestBody.form("narrative", "Probe formulation",
                    "acceptedOn", yesterday, "version", "-1");
            case "POST /courses/{courseId}/formulation/areas" -> RequestBody.form("area", "ROLE_TRANSITION");
            case "POST /courses/{courseId}/formulation/areas/{focalAreaId}" -> RequestBody.form("area", "GRIEF",
                    "griefPerson", "Father", "version", "0");
            case "POST /courses/{courseId}/formulation/areas/{focalAreaId}/remove" -> RequestBody.form("version",
                    "0");
            case "POST /courses/{courseId}/formulation/areas/{focalAreaId}/stage" -> RequestBody.form("stage",
                    "RENEGOTIATION", "stageOn", yesterday, "version", "0");
            case "POST /courses/{courseId}/goals" -> RequestBody.form("focalAreaId",
                    String.valueOf(objects.focalArea()), "description", "Probe goal");
            case "POST /courses/{courseId}/goals/{goalId}" -> RequestBody.form("description", "Probe goal",
                    "status", "IN_PROGRESS", "rating", "4", "version", "0");
            case "POST /courses/{courseId}/termination/review" -> RequestBody.form("focalAreaOutcome",
                    "Probe outcome", "decision", "MAINTENANCE", "version", "-1");
            case "POST /courses/{courseId}/termination/plan" -> RequestBody.form("warningSigns", "Probe signs",
                    "version", "-1");
            case "POST /courses/{courseId}/termination/maintenance" -> RequestBody.form("startDate",
                    today.plusMonths(1).toString());
            case "POST /courses/{courseId}/exit" -> RequestBody.form("move", "DROP_OUT", "reason", "Moved away",
                    "date", today.toString(), "version", "0");
            case "POST /courses/{courseId}/extension" -> RequestBody.form("newTotal", "13", "reason",
                    "More time for the role dispute", "version", "0");
            case "POST /courses/{courseId}/sessions", "POST /courses/{courseId}/sessions/{sessionId}" ->
                    RequestBody.form("date", yesterday, "time", "12:00", "mode", "IN_PERSON", "attendance", "ATTENDED",
                            "moodRating", "5", "participants", "CLIENT", "techniques", "CLARIFICATION",
                            "moodLinkedToEvents", "true", "sessionsLeftNamed", "true", "privateNote", "Probe note",
                            "version", "0");
            case "POST /courses/{courseId}/inventory/relationships",
                    "POST /courses/{courseId}/inventory/relationships/{relationshipId}" -> RequestBody.form("alias",
                    "Probe Person", "role", "FRIEND", "ring", "MIDDLE", "confiding", "YES", "version", "0");
            case "POST /courses/{courseId}/inventory/relationships/{relationshipId}/ring" -> RequestBody.form("ring",
                    "OUTER", "version", "0");
            case "POST /courses/{courseId}/inventory/relationships/{relationshipId}/remove" -> RequestBody.form(
                    "version", "0");
            case "POST /courses/{courseId}/inventory/intake" -> RequestBody.form();
            case "POST /courses/{courseId}/timeline/events", "POST /courses/{courseId}/timeline/events/{lifeEventId}" ->
                    RequestBody.form("date", yesterday, "precision", "DAY", "type", "LOSS", "description",
                            "Probe event", "version", "0");
            case "POST /courses/{courseId}/timeline/episodes",
                    "POST /courses/{courseId}/timeline/episodes/{moodEpisodeId}" -> RequestBody.form("startDate",
                            yesterday, "startPrecision", "DAY", "endPrecision", "DAY", "severity", "MILD", "version",
                            "0");
            case "POST /courses/{courseId}/timeline/points", "POST /courses/{courseId}/timeline/points/{moodPointId}" ->
                    RequestBody.form("date", yesterday, "precision", "DAY", "rating", "5", "version", "0");
            case "POST /courses/{courseId}/timeline/events/{lifeEventId}/remove",
                    "POST /courses/{courseId}/timeline/episodes/{moodEpisodeId}/remove",
                    "POST /courses/{courseId}/timeline/points/{moodPointId}/remove" -> RequestBody.form("version",
                            "0");
            case "POST /courses/{courseId}/worksheets" -> RequestBody.form("type", "WORK_AT_HOME", "submissionKey",
                    UUID.randomUUID().toString(), "title", "Probe task", "description", "Call a friend", "status",
                    "NOT_STARTED", "version", "0");
            case "POST /courses/{courseId}/worksheets/{worksheetId}" -> RequestBody.form("title", "Probe task",
                    "description", "Call a friend", "status", "DONE", "version", "0");
            case "POST /courses/{courseId}/worksheets/{worksheetId}/delete" -> RequestBody.form("version", "0");
            case "POST /courses/{courseId}/measures" -> RequestBody.form("instrument", "phq-9", "submissionKey",
                    UUID.randomUUID().toString(), "answers[phq9-1]", "LA6569-3");
            case "POST /courses/{courseId}/measures/schedule", "POST /admin/protocols/{protocolId}/measures" ->
                    RequestBody.form("rows[0].instrumentId", "phq-9", "rows[0].included", "true", "rows[0].rule",
                            "EVERY_SESSION", "rows[0].every", "4", "rows[0].milestones", "BASELINE", "version", "0");
            case "POST /courses/{courseId}/measures/schedule/restore" -> RequestBody.form("version", "1");
            case "POST /courses/{courseId}/risk-events" -> RequestBody.form("disclosure", "Probe disclosure");
            case "POST /courses/{courseId}/risk-events/{riskEventId}/acknowledge" -> RequestBody.form("version", "0");
            case "POST /courses/{courseId}/risk-events/{riskEventId}/assess" -> RequestBody.form("level", "LOW",
                    "assessment", "Probe assessment", "version", "1");
            case "POST /courses/{courseId}/risk-events/{riskEventId}/action" -> RequestBody.form("actions",
                    "REFERRAL", "note", "Probe note", "version", "2");
            case "POST /courses/{courseId}/risk-events/{riskEventId}/close" -> RequestBody.form("note", "",
                    "version", "3");
            case "POST /courses/{courseId}/safety-plan" -> RequestBody.form("warningSigns", "Probe signs",
                    "basedOn", "0");
            case "POST /admin/crisis-resources", "POST /admin/crisis-resources/{crisisResourceId}" ->
                    RequestBody.form("locale", "en", "name", "Probe line", "contact", "000", "version", "0");
            case "POST /admin/crisis-resources/{crisisResourceId}/remove" -> RequestBody.form("version", "0");
            case "POST /admin/users" -> RequestBody.form("email", "probe-" + UUID.randomUUID() + "@fixture.test",
                    "displayName", "Probe Account", "password", Fixtures.PASSWORD, "role", "CLINICIAN");
            case "POST /admin/users/{id}" -> RequestBody.form("email", "probe@fixture.test", "displayName",
                    "Probe Account", "role", "CLINICIAN", "enabled", "true", "version", "0");
            case "POST /admin/protocols", "POST /admin/protocols/{protocolId}" -> RequestBody.form("name",
                    "Probe format", "delivery", "INDIVIDUAL", "defaultSessions", "12", "minSessions", "8",
                    "maxSessions", "16", "cadence", "WEEKLY", "sessionMinutes", "50", "initialPhaseSessions", "3",
                    "terminationPhaseSessions", "3", "active", "true", "version", "0");
            case "POST /clients/{clientId}/care-team/handover", "POST /admin/clients/{clientId}/care-team/handover" ->
                    RequestBody.form("clinician", handoverTarget.toString(), "reason", "Probe handover", "day",
                            today.toString());
            case "POST /clients/{clientId}/care-team/members", "POST /admin/clients/{clientId}/care-team/members" ->
                    RequestBody.form("clinician", joiner.toString(), "reason", "Probe cover", "day",
                            today.toString());
            case "POST /clients/{clientId}/care-team/members/{membershipId}/end",
                    "POST /admin/clients/{clientId}/care-team/members/{membershipId}/end" -> RequestBody.form(
                            "reason", "Probe end", "day", today.toString(), "version", "0");
            case "POST /emergency-access" -> RequestBody.form("client", objects.client().toString(), "reason",
                    "Probe emergency");
            case "POST /language" -> RequestBody.form("language", "en", "returnTo", "/");
            case "POST /clients/{clientId}/portal-invitation" -> RequestBody.form("channel", "CODE");
            case "POST /admin/consents" -> RequestBody.form("kind", "TREATMENT", "language", "en", "title",
                    "Agreement to treatment", "body", "I agree to take part in a course of IPT.");
            case "POST /me/consents" -> RequestBody.form("documentId", UUID.randomUUID().toString());
            case "POST /me/questionnaires/question" -> RequestBody.form("instrument", "phq-9", "number", "1",
                    "answer", "LA6568-5");
            case "POST /me/questionnaires/review" -> RequestBody.form("instrument", "phq-9", "submissionKey",
                    UUID.randomUUID().toString());
            case "POST /me/plan" -> RequestBody.form("response", "WANTS_TO_TALK", "version", "1");
            case "POST /me/conversations" -> RequestBody.form("title", "Talking to my sister", "whatISaid",
                    "I said I was tired", "submissionKey", UUID.randomUUID().toString());
            case "POST /refer/{code}" -> RequestBody.form("name", "Probe", "contact", "probe@example.org",
                    "language", "en", "format", "EITHER", "consented", "true", "consentDocumentId",
                    UUID.randomUUID().toString(), "submissionKey", UUID.randomUUID().toString());
            case "POST /referrals/accept" -> RequestBody.form("id", UUID.randomUUID().toString(), "protocol",
                    UUID.randomUUID().toString(), "version", "0");
            case "POST /groups", "POST /groups/{groupId}" -> RequestBody.form("name", "Probe group", "protocol",
                    context.getBean(ProtocolCatalog.class).protocolByCode(owner.id(), "GROUP_IPT_WHO").id().toString(),
                    "facilitator", owner.clinician().id().toString(), "supervisor", owner.supervisor().id().toString(),
                    "mode", "REMOTE", "day", "MONDAY", "time", "10:00", "startsOn", startDate, "minMembers", "1",
                    "maxMembers", "10", "checkInInstrument", "phq-9", "version", "0");
            case "POST /groups/{groupId}/members" -> RequestBody.form("name", "Probe Joiner", "birthYear", "1990",
                    "sex", "FEMALE");
            case "POST /groups/{groupId}/members/{groupMemberId}/move" -> RequestBody.form("to",
                    UUID.randomUUID().toString());
            case "POST /groups/{groupId}/members/{groupMemberId}/leave" -> RequestBody.form("exit", "DROP_OUT",
                    "reason", "Moved away", "on", today.toString());
            case "POST /courses/{courseId}/sessions/{sessionId}/fidelity" -> RequestBody.form("WARMTH_AND_EMPATHY",
                    "YES", "STAYED_INTERPERSONAL", "YES", "TECHNIQUES_WELL_USED", "NO");
            case "POST /screening" -> RequestBody.form("format", context.getBean(ProtocolCatalog.class)
                    .protocolByCode(owner.id(), "GROUP_IPT_WHO").id().toString(), "site", "Probe village", "heldOn",
                    today.toString(), "instrument", "phq-9", "eligibleFrom", "10");
            case "POST /screening/{screeningDayId}/people" -> RequestBody.form("submissionKey",
                    UUID.randomUUID().toString(), "name", "Probe Person", "sex", "FEMALE", "age", "30",
                    "answers[phq9-1]", "LA6569-3");
            case "POST /screening/{screeningDayId}/sheet", "POST /screening/{screeningDayId}/sheet/save" ->
                    RequestBody.form("csv", "name,site,sex,age");
            case "POST /screening/{screeningDayId}/groups" -> RequestBody.form("group",
                    objects.groups().group().toString(), "people", UUID.randomUUID().toString());
            case "POST /supervision/sessions" -> RequestBody.form("heldOn", today.toString(), "counsellors",
                    owner.clinician().id().toString(), "decisions", "Probe");
            case "POST /supervision/follow-ups/{followUpId}/done" -> RequestBody.form("version", "0");
            case "POST /reviews/sessions" -> RequestBody.form("courseId", objects.course().toString(), "sessionId",
                    objects.session().toString());
            case "POST /reviews/group-sessions" -> RequestBody.form("groupId", objects.groups().group().toString(),
                    "groupSessionId", objects.groups().session().toString());
            case "POST /reviews/{reviewId}/sign", "POST /reviews/{reviewId}/resubmit" -> RequestBody.form("version",
                    "0");
            case "POST /reviews/{reviewId}/return" -> RequestBody.form("comment", "Add the options discussed",
                    "version", "0");
            case "POST /courses/{courseId}/sessions/{sessionId}/addenda" -> RequestBody.form("text",
                    "Learnt later: her sister called (probe)");
            case "POST /groups/{groupId}/members/{groupMemberId}/make-ups/{groupSessionId}" -> RequestBody.form(
                    "heldAt", today.atStartOfDay().toString(), "mode", "PHONE", "note", "Probe make-up");
            case "POST /groups/{groupId}/members/{groupMemberId}/pre-group" -> RequestBody.form("heldAt",
                    today.atStartOfDay().toString(), "mode", "IN_PERSON", "area", "GRIEF", "goal", "Probe goal");
            case "POST /groups/{groupId}/sessions" -> RequestBody.form("submissionKey", UUID.randomUUID().toString(),
                    "number", "2", "heldAt", today.atStartOfDay().toString(), "mode", "IN_PERSON",
                    "members[0].member", objects.groups().member().toString(), "members[0].present", "true");
            case "POST /referrals/close" -> RequestBody.form("id", UUID.randomUUID().toString(), "decision",
                    "DECLINED", "reason", "Probe", "version", "0");
            case "POST /admin/referrals" -> RequestBody.form("code", "probe-code", "open", "false", "version", "0");
            case "POST /me/questions" -> RequestBody.form("question", "Can we talk about my sister?",
                    "submissionKey", UUID.randomUUID().toString());
            case "POST /admin/organisation" -> RequestBody.form("videoLink", "https://meet.example.org/probe",
                    "version", "0");
            case "POST /me/decisions" -> RequestBody.form("title", "Sundays", "options[0].option", "Go",
                    "submissionKey", UUID.randomUUID().toString());
            case "POST /me/role-plays" -> RequestBody.form("title", "A day off", "whatIWantToSay", "I need Friday",
                    "submissionKey", UUID.randomUUID().toString());
            case "POST /me/reminders" -> RequestBody.form("sessions", "true", "version", "0");
            case "POST /reminders/stop" -> RequestBody.form("t", "probe-token");
            case "POST /me/people" -> RequestBody.form("question", "Add my cousin",
                    "submissionKey", UUID.randomUUID().toString());
            case "POST /me/tasks" -> RequestBody.form("task", UUID.randomUUID().toString(), "status", "DONE",
                    "version", "0");
            case "POST /me/diary" -> RequestBody.form("day", today.toString(), "rating", "5", "submissionKey",
                    UUID.randomUUID().toString());
            case "POST /courses/{courseId}/timeline/diary" -> RequestBody.form("entry", UUID.randomUUID().toString(),
                    "decision", "ADDED", "version", "0");
            case "POST /courses/{courseId}/sharing" -> RequestBody.form("parts", "FORMULATION", "version", "0");
            case "POST /invitation" -> RequestBody.form("code", "00000-00000");
            case "POST /login/second-factor", "POST /login/second-factor/set-up", "POST /account/second-factor/set-up",
                    "POST /account/second-factor/recovery-codes", "POST /account/second-factor/remove" ->
                    RequestBody.form("code", "123456");
            case "POST /admin/users/{id}/second-factor/reset", "POST /admin/audit/integrity",
                    "POST /admin/clients/{clientId}/legal-hold/lift" -> RequestBody.form();
            case "POST /admin/retention" -> RequestBody.form("years", "8");
            case "POST /admin/clients/{clientId}/legal-hold" -> RequestBody.form("reason", "A complaint");
            case "POST /admin/clients/{clientId}/erase" -> RequestBody.form("confirmed", "false");
            case "POST /invitation/password", "POST /password/new" -> RequestBody.form("password",
                    "a long enough passphrase 42", "confirmation", "a long enough passphrase 42");
            case "POST /password/forgotten" -> RequestBody.form("email", "nobody@example.org");
            case "POST /session/keep-alive", "POST /error", "POST /account/sessions/end-others",
                    "POST /account/sessions/{handle}/end", "POST /admin/users/{id}/sessions/end" -> RequestBody.form();
            case "POST /api/v1/clients" -> RequestBody.json("""
                    {"displayName": "Probe Client", "birthYear": 1990, "preferredLanguage": "en"}""");
            case "POST /api/v1/clients/{clientId}/courses" -> RequestBody.json("""
                    {"protocolId": "%s", "sessions": 12, "cadence": "WEEKLY", "sessionMinutes": 50,
                     "startDate": "%s"}""".formatted(objects.protocol(), startDate));
            case "POST /api/v1/courses/{courseId}/agreement" -> RequestBody.json("""
                    {"date": "%s", "version": 0}""".formatted(today));
            case "POST /api/v1/courses/{courseId}/moves" -> RequestBody.json("""
                    {"move": "BEGIN_MIDDLE", "version": 0}""");
            case "POST /api/v1/courses/{courseId}/sessions", "PUT /api/v1/courses/{courseId}/sessions/{sessionId}" ->
                    RequestBody.json("""
                            {"when": "%sT12:00:00", "mode": "IN_PERSON", "attendance": "ATTENDED", "moodRating": 5,
                             "participants": "CLIENT", "techniques": ["CLARIFICATION"], "moodLinkedToEvents": true,
                             "sessionsLeftNamed": true, "version": 0}""".formatted(yesterday));
            default -> null;
        };
    }

    private static void assertNoFailures(String what, List<String> failures) {
        assertThat(failures).as("%d %s:%n%s%n", failures.size(), what, String.join(System.lineSeparator(), failures))
                .isEmpty();
    }

    private static List<PathPattern> paths(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }

    private record Route(String pattern, HttpMethod method) {

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PATH_VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        boolean isInMatrix() {
            return ObjectIds.VARIABLES.containsAll(variables());
        }

        String expand(Map<String, String> values) {
            return PATH_VARIABLE.matcher(pattern).replaceAll(variable -> Matcher.quoteReplacement(
                    values.getOrDefault(variable.group(1), variable.group(1))));
        }

        boolean isRead() {
            return method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD);
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        boolean isAdministration() {
            return pattern.startsWith("/admin/");
        }

        /**
         * A page reached by a person's part rather than by the client's care team: a group's (its facilitators and
         * supervisor), a session's fidelity rating or a record's review (its counsellor and their supervisor).
         */
        boolean isGroup() {
            return pattern.startsWith("/groups/") || pattern.endsWith("/fidelity") || pattern.startsWith("/reviews/")
                    || pattern.startsWith("/supervision/") || pattern.startsWith("/screening/");
        }

        boolean isPublic() {
            PathContainer path = PathContainer.parsePath(expand(ObjectIds.PLACEHOLDERS));
            return PUBLIC_PATHS.stream().anyMatch(publicPath -> publicPath.matches(path));
        }

        @Override
        public String toString() {
            return method.name() + " " + pattern;
        }
    }

    /** The objects a request names; whose they are decides who may reach them. */
    private record ObjectIds(ClientId client, CourseId course, SessionId session, ProtocolId protocol, UserId user,
            MedicationId medication, FocalAreaId focalArea, @Nullable GoalId goal, RelationshipId relationship,
            TimelineIds timeline, WorksheetId worksheet, ResponseId response, RiskEventId riskEvent,
            CrisisResourceId crisisResource, MembershipId membership, EmergencyAccessId emergencyAccess,
            GroupIds groups) {

        static final Set<String> VARIABLES = Set.of("groupId", "groupMemberId", "groupSessionId", "reviewId",
                "followUpId", "screeningDayId","clientId", "courseId", "sessionId", "protocolId", "id",
                "medicationId", "focalAreaId", "goalId", "relationshipId", "lifeEventId", "moodEpisodeId", "moodPointId",
                "worksheetId", "responseId", "riskEventId", "crisisResourceId", "membershipId", "emergencyAccessId",
                "secret", "code", "handle");

        /** A link's secret nobody was given: the public pages that take one answer it like any unusable link. */
        static final String UNKNOWN_SECRET = "unknown-secret-0000000000000000000000000000";

        /**
         * A session handle nobody has: ending one is refused to everyone alike; ending someone else's real session is
         * SignedInSessionsTests' (a handle belongs to a person, not to an organisation's object).
         */
        static final UUID UNKNOWN_SESSION = UUID.randomUUID();

        static final Map<String, String> PLACEHOLDERS = VARIABLES.stream()
                .collect(Collectors.toMap(variable -> variable, variable -> UUID.randomUUID().toString()));


        Map<String, String> byVariable() {
            Map<String, String> values = new HashMap<>(Map.of("clientId", client.toString(), "courseId", course.toString(), "sessionId",
                    session.toString(), "protocolId", protocol.toString(), "id", user.toString(), "medicationId",
                    medication.toString(), "focalAreaId", focalArea.toString(), "goalId", String.valueOf(goal),
                    "relationshipId", relationship.toString(), "worksheetId", worksheet.toString()));
            values.put("responseId", response.toString());
            values.putAll(timeline.byVariable());
            values.put("riskEventId", riskEvent.toString());
            values.put("crisisResourceId", crisisResource.toString());
            values.put("membershipId", membership.toString());
            values.put("emergencyAccessId", emergencyAccess.toString());
            values.put("secret", UNKNOWN_SECRET);
            values.put("code", "no-such-referral-page");
            values.put("handle", UNKNOWN_SESSION.toString());
            values.putAll(groups.byVariable());
            return values;
        }

        /** These objects, except the one named by {@code variable}, which comes from {@code other}. */
        ObjectIds with(String variable, ObjectIds other) {
            return switch (variable) {
                case "clientId" -> new ObjectIds(other.client, course, session, protocol, user, medication, focalArea,
                        goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "courseId" -> new ObjectIds(client, other.course, session, protocol, user, medication, focalArea,
                        goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "sessionId" -> new ObjectIds(client, course, other.session, protocol, user, medication,
                        focalArea, goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "protocolId" -> new ObjectIds(client, course, session, other.protocol, user, medication,
                        focalArea, goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "id" -> new ObjectIds(client, course, session, protocol, other.user, medication, focalArea, goal,
                        relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "medicationId" -> new ObjectIds(client, course, session, protocol, user, other.medication,
                        focalArea, goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "focalAreaId" -> new ObjectIds(client, course, session, protocol, user, medication,
                        other.focalArea, goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "goalId" -> new ObjectIds(client, course, session, protocol, user, medication, focalArea,
                        other.goal, relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "relationshipId" -> new ObjectIds(client, course, session, protocol, user, medication, focalArea,
                        goal, other.relationship, timeline, worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "lifeEventId", "moodEpisodeId", "moodPointId" -> new ObjectIds(client, course, session, protocol,
                        user, medication, focalArea, goal, relationship, timeline.with(variable, other.timeline), worksheet, response, riskEvent, crisisResource, membership,
                        emergencyAccess, groups);
                case "worksheetId" -> new ObjectIds(client, course, session, protocol, user, medication, focalArea,
                        goal, relationship, timeline, other.worksheet, response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "responseId" -> new ObjectIds(client, course, session, protocol, user, medication, focalArea,
                        goal, relationship, timeline, worksheet, other.response,
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "riskEventId" -> new ObjectIds(client, course, session, protocol, user, medication, focalArea,
                        goal, relationship, timeline, worksheet, response, other.
                        riskEvent, crisisResource, membership, emergencyAccess, groups);
                case "crisisResourceId" -> new ObjectIds(client, course, session, protocol, user, medication,
                        focalArea, goal, relationship, timeline, worksheet, response,
                        riskEvent, other.crisisResource, membership, emergencyAccess, groups);
                case "membershipId" -> new ObjectIds(client, course, session, protocol, user, medication, focalArea,
                        goal, relationship, timeline, worksheet, response, riskEvent, crisisResource, other.membership,
                        emergencyAccess, groups);
                case "emergencyAccessId" -> new ObjectIds(client, course, session, protocol, user, medication,
                        focalArea, goal, relationship, timeline, worksheet, response, riskEvent, crisisResource,
                        membership, other.emergencyAccess, groups);
                case "groupId", "groupMemberId", "groupSessionId", "reviewId", "followUpId", "screeningDayId" ->
                    new ObjectIds(client, course, session, protocol,
                        user, medication, focalArea, goal, relationship, timeline, worksheet, response, riskEvent,
                        crisisResource, membership, emergencyAccess, groups.with(variable, other.groups));
                default -> throw new IllegalArgumentException("{" + variable + "} is not in the matrix");
            };
        }
    }

    /** A group run by the clinician, with one member and one recorded session. */
    private record GroupIds(GroupId group, GroupMemberId member, GroupSessionId session, Review.ReviewId review,
            UUID followUp, UUID screeningDay) {

        Map<String, String> byVariable() {
            return Map.of("groupId", group.toString(), "groupMemberId", member.toString(), "groupSessionId",
                    session.toString(), "reviewId", review.toString(), "followUpId", followUp.toString(),
                    "screeningDayId", screeningDay.toString());
        }

        GroupIds with(String variable, GroupIds other) {
            return switch (variable) {
                case "groupId" -> new GroupIds(other.group, member, session, review, followUp, screeningDay);
                case "groupMemberId" -> new GroupIds(group, other.member, session, review, followUp, screeningDay);
                case "reviewId" -> new GroupIds(group, member, session, other.review, followUp, screeningDay);
                case "followUpId" -> new GroupIds(group, member, session, review, other.followUp, screeningDay);
                case "screeningDayId" -> new GroupIds(group, member, session, review, followUp, other.screeningDay);
                default -> new GroupIds(group, member, other.session, review, followUp, screeningDay);
            };
        }
    }

    /** The timeline's objects of a course: a life event, a mood episode and a mood rating. */
    private record TimelineIds(LifeEventId event, MoodEpisodeId episode, MoodPointId point) {

        Map<String, String> byVariable() {
            return Map.of("lifeEventId", event.toString(), "moodEpisodeId", episode.toString(), "moodPointId",
                    point.toString());
        }

        TimelineIds with(String variable, TimelineIds other) {
            return switch (variable) {
                case "lifeEventId" -> new TimelineIds(other.event, episode, point);
                case "moodEpisodeId" -> new TimelineIds(event, other.episode, point);
                default -> new TimelineIds(event, episode, other.point);
            };
        }
    }

    private record Caller(String label, @Nullable String email) {

        static final Caller ANONYMOUS = new Caller("anonymous", null);

        static Caller of(String label, Fixtures.Organisation organisation, String who) {
            return new Caller(label, organisation.email(who));
        }

        Caller as(String otherLabel) {
            return new Caller(otherLabel, email);
        }
    }

    private record RoleRule(@Nullable HttpMethod method, Set<Role> allowed, List<PathPattern> patterns) {

        static RoleRule anyMethod(Set<Role> allowed, String... paths) {
            return new RoleRule(null, allowed, AuthorizationMatrixTests.paths(paths));
        }

        static RoleRule on(HttpMethod method, Set<Role> allowed, String... paths) {
            return new RoleRule(method, allowed, AuthorizationMatrixTests.paths(paths));
        }

        boolean covers(HttpMethod requested, String path) {
            PathContainer container = PathContainer.parsePath(path);
            return (method == null || method.equals(requested)) && patterns.stream().anyMatch(p -> p.matches(container));
        }
    }

    private record RequestBody(Map<String, String> fields, @Nullable String json) {

        static final RequestBody NONE = new RequestBody(Map.of(), null);

        static RequestBody form(String... namesAndValues) {
            Map<String, String> form = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                form.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return new RequestBody(form, null);
        }

        static RequestBody json(String json) {
            return new RequestBody(Map.of(), json);
        }

        /** The body for a failure message: long values cut, control characters shown as escapes. */
        String shown() {
            String body = json != null ? json : fields.toString();
            StringBuilder shown = new StringBuilder();
            body.codePoints().limit(300).forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    shown.append(String.format("\\u%04x", c));
                }
                else {
                    shown.appendCodePoint(c);
                }
            });
            return body.length() > 300 ? shown + "… (" + body.length() + " characters)" : shown.toString();
        }
    }

    private record Answer(int status, @Nullable String location, @Nullable String exception) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        boolean isRedirectToSignIn() {
            return status >= 300 && status < 400 && location != null && location.endsWith("/login");
        }

        boolean isSuccessOrRedirectInside() {
            return isSuccess() || (status >= 300 && status < 400 && !isRedirectToSignIn());
        }

        String describe(Route route, Caller caller, String expected) {
            return String.format("  %-6s %-52s %-44s -> %d%s%s, expected %s", route.method().name(), route.pattern(),
                    caller.label(), status, location == null ? "" : " to " + location,
                    exception == null ? "" : " (" + exception + ")", expected);
        }
    }
}
