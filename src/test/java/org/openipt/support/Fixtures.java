package org.openipt.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.formulation.AssessmentEntry;
import org.openipt.formulation.AssessmentService;
import org.openipt.formulation.DiagnosisSystem;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.MedicationEvaluation;
import org.openipt.formulation.TransitionDetail;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.springframework.context.ApplicationContext;

/**
 * Builds a small organisation through the real facades: an administrator, a supervisor with one clinician in
 * their team, a second clinician outside it, a client with a sign-in, and an individual IPT course with one
 * recorded session. Every account's password is {@link #PASSWORD}; e-mails are unique per call.
 */
public final class Fixtures {

    public static final String PASSWORD = "fixture-password-2026";

    public record Organisation(OrganisationId id, CurrentUser admin, CurrentUser supervisor, CurrentUser clinician,
            CurrentUser otherClinician, CurrentUser clientUser, ClientId client, ClientId otherClinicianClient,
            CourseId course, SessionId session, Protocol protocol, String emailSuffix) {

        public String email(String who) {
            return who + emailSuffix;
        }
    }

    private Fixtures() {
    }

    public static Organisation organisation(ApplicationContext context) {
        IdentityService identity = context.getBean(IdentityService.class);
        CaseloadService caseload = context.getBean(CaseloadService.class);
        CourseService courses = context.getBean(CourseService.class);
        SessionService sessionService = context.getBean(SessionService.class);
        ProtocolCatalog protocols = context.getBean(ProtocolCatalog.class);
        Clock clock = context.getBean(Clock.class);

        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8) + "@fixture.test";
        OrganisationId org = identity.openOrganisation("Fixture " + suffix, "UTC", false);
        CurrentUser admin = identity.actingAs(account(identity, org, "admin" + suffix, Role.ADMIN, null));
        // fixtures sign in with a password alone (Pages.signIn, Browser.signIn); SecondFactorTests switch it back on
        identity.changeSettings(admin, null, false, identity.settings(admin).version());
        UserId supervisorId = account(identity, org, "supervisor" + suffix, Role.SUPERVISOR, null);
        CurrentUser supervisor = identity.actingAs(supervisorId);
        CurrentUser clinician = identity.actingAs(account(identity, org, "clinician" + suffix, Role.CLINICIAN,
                supervisorId));
        CurrentUser otherClinician = identity.actingAs(account(identity, org, "other" + suffix, Role.CLINICIAN, null));

        ClientId client = caseload.register(clinician, new ClientFields("Fixture Client", 1980, null, "en", "F-1"));
        ClientId otherClient = caseload.register(otherClinician,
                new ClientFields("Other Client", 1985, null, "en", "F-2"));
        UserId clientAccount = account(identity, org, "client" + suffix, Role.CLIENT, null);
        caseload.linkAccount(clinician, client, clientAccount);
        CurrentUser clientUser = identity.actingAs(clientAccount);

        Protocol individual = protocols.protocolByCode(org, "INDIVIDUAL_IPT");
        LocalDate start = LocalDate.now(clock).minusDays(7);
        CourseId course = courses.start(clinician, client, individual.id(),
                new ContractTerms(12, individual.settings().cadence(), 50, start));
        SessionId session = sessionService.recordSession(clinician, course, new SessionEntry(
                LocalDateTime.of(start, LocalTime.NOON), SessionMode.IN_PERSON, Attendance.ATTENDED,
                "A calmer week", 5, null));
        return new Organisation(org, admin, supervisor, clinician, otherClinician, clientUser, client, otherClient,
                course, session, individual, suffix);
    }

    /**
     * Records what the middle phase needs besides the contract: a diagnosis and the sick role, one focal area (a
     * role transition) and a formulation the client accepted on {@code on}. Returns the focal area.
     */
    public static FocalAreaId readyForMiddle(ApplicationContext context, CurrentUser clinician, CourseId course,
            LocalDate on) {
        AssessmentService assessments = context.getBean(AssessmentService.class);
        FormulationService formulations = context.getBean(FormulationService.class);
        assessments.record(clinician, course, new AssessmentEntry("Depressive episode, moderate",
                DiagnosisSystem.ICD_11, "6A70.1", on, on, MedicationEvaluation.NOT_NEEDED),
                assessments.assessment(clinician, course).version());
        FocalAreaId area = formulations.addFocalArea(clinician, course, new FocalAreaEntry(new TransitionDetail(
                "Employee", "Job seeker", "Colleagues, routine", "Time for family", "Job search",
                "Former colleague")));
        formulations.record(clinician, course, new FormulationEntry(
                "Your low mood began when you lost your job; we will work on this change together.", on,
                "Agreed in the session"), formulations.formulation(clinician, course).version());
        return area;
    }

    /** Another clinician of the organisation, with no client and no supervisor; {@code who} names their e-mail. */
    public static CurrentUser colleague(ApplicationContext context, Organisation organisation, String who) {
        IdentityService identity = context.getBean(IdentityService.class);
        return identity.actingAs(account(identity, organisation.id(), organisation.email(who), Role.CLINICIAN, null));
    }

    /**
     * A complete PHQ-9: each of the first eight items at {@code usual} (0–3), item 9 (the risk item) at
     * {@code item9}: a total of 8 × usual + item9.
     */
    public static java.util.Map<String, String> phq9(int usual, int item9) {
        java.util.List<String> codes = java.util.List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
        java.util.Map<String, String> answers = new java.util.HashMap<>();
        for (int item = 1; item <= 8; item++) {
            answers.put("phq9-" + item, codes.get(usual));
        }
        answers.put("phq9-9", codes.get(item9));
        return answers;
    }

    private static UserId account(IdentityService identity, OrganisationId org, String email, Role role,
            @org.jspecify.annotations.Nullable UserId supervisor) {
        return identity.createUserIn(org, new NewUser(email, role.name().toLowerCase() + " " + email, PASSWORD, role,
                false, supervisor, null));
    }
}
