package org.openipt.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.PhaseTransition;
import org.openipt.groups.internal.GroupStore;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.measures.Administration;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentScoring;
import org.openipt.measures.MeasuresRules;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.ScoreResult;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screening days. A facilitator screens one person after another; each is scored at once by the day's rule. The
 * eligible become clients with a course of the format (their answers its first questionnaire); a person with a risk
 * answer is excluded from the group: they become a client too, so that the answer opens a risk event for the
 * facilitator and supervisor, and their course ends at once as referred on. People below the cut-off are kept as a
 * line of the day only. The eligible then join groups, as suggested by site and composition or as chosen.
 */
@Service
@Transactional
public class ScreeningService {

    public static final String SCREENING = "SCREENING";
    static final int DAYS_SHOWN = 20;

    private final GroupStore store;
    private final GroupService groups;
    private final ProtocolCatalog protocols;
    private final CaseloadService caseload;
    private final CourseService courses;
    private final MeasuresService measures;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScreeningService(GroupStore store, GroupService groups, ProtocolCatalog protocols, CaseloadService caseload,
            CourseService courses, MeasuresService measures, AuditTrail audit, MessageSource messages,
            TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.groups = groups;
        this.protocols = protocols;
        this.caseload = caseload;
        this.courses = courses;
        this.measures = measures;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The clinician's own screening days, newest first (a supervisor screens nobody: none). */
    public List<ScreeningDay> days(CurrentUser user) {
        if (user.role() == Role.SUPERVISOR) {
            return List.of();
        }
        requireClinician(user);
        return store.screeningDaysOf(user.id(), DAYS_SHOWN);
    }

    public UUID startDay(CurrentUser user, @Nullable ProtocolId format, @Nullable String site,
            @Nullable LocalDate heldOn, @Nullable String instrument, @Nullable Integer eligibleFrom) {
        requireClinician(user);
        List<String> problems = new ArrayList<>();
        boolean groupFormat = format != null && protocols.activeProtocols(user).stream()
                .anyMatch(p -> p.id().equals(format) && p.settings().delivery() == Delivery.GROUP);
        if (!groupFormat) {
            problems.add("group.format.unknown");
        }
        String place = Text.clean(site);
        if (place == null) {
            problems.add("group.site.required");
        }
        else if (place.length() > GroupSettings.SITE_LENGTH) {
            problems.add("group.site.tooLong");
        }
        if (heldOn == null || heldOn.isAfter(today(user)) || heldOn.isBefore(today(user).minusYears(1))) {
            problems.add("screening.day.invalid");
        }
        InstrumentDefinition definition = instrument == null ? null : measures.instruments().stream()
                .filter(i -> i.id().equals(instrument)).findFirst().orElse(null);
        if (definition == null || !MeasuresRules.administrable(definition)) {
            problems.add("group.instrument.unknown");
        }
        if (eligibleFrom == null || eligibleFrom < 0 || eligibleFrom > 200) {
            problems.add("screening.cutOff.invalid");
        }
        RuleViolation.throwIfAny(problems);
        UUID id = store.addScreeningDay(user.organisationId().value(), new ScreeningDay(UUID.randomUUID(),
                Objects.requireNonNull(format), Objects.requireNonNull(place), Objects.requireNonNull(heldOn),
                Objects.requireNonNull(instrument), Objects.requireNonNull(eligibleFrom), user.id()),
                clock.instant());
        audit.record(user, null, AuditAction.CREATE, SCREENING, null, AuditEntry.detail("history.screeningDayStarted"));
        return id;
    }

    /**
     * Screens one person; the same submission again — even at the same moment — returns the first line. Joins a
     * caller's transaction (a sheet, the demo); on its own it runs in one of its own, retried once after a lost race.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ScreeningLine screen(CurrentUser user, UUID dayId, ScreeningEntry entry) {
        return Conflicts.submittedOnce(transactions, () -> screenOnce(user, dayId, entry));
    }

    private ScreeningLine screenOnce(CurrentUser user, UUID dayId, ScreeningEntry entry) {
        ScreeningDay day = ownDay(user, dayId);
        var earlier = store.screenedBySubmission(dayId, entry.submissionKey());
        if (earlier.isPresent()) {
            return store.screenings(dayId).stream().filter(l -> l.id().equals(earlier.get())).findFirst()
                    .orElseThrow();
        }
        String name = Text.clean(entry.name());
        String site = Objects.requireNonNullElse(Text.clean(entry.site()), day.site());
        RuleViolation.throwIfAny(ScreeningRules.problemsWith(name, site, entry.age()));
        InstrumentDefinition instrument = measures.instrument(day.instrument());
        if (MeasuresRules.problems(instrument, entry.answers()).contains("measures.answer.unknown")) {
            throw new RuleViolation("measures.answer.unknown"); // a sheet or a form with an answer not offered
        }
        ScoreResult score = InstrumentScoring.score(instrument, entry.answers());
        ScreeningOutcome outcome = ScreeningRules.outcome(score, day.eligibleFrom());
        ClientId client = null;
        CourseId course = null;
        if (outcome.keepsARecord()) {
            Integer birthYear = entry.age() == null ? null : day.heldOn().getYear() - entry.age();
            client = caseload.register(user, new ClientFields(Objects.requireNonNull(name), birthYear, null, null,
                    null));
            Protocol format = protocols.protocol(user.organisationId(), day.protocolId());
            course = courses.start(user, client, format.id(), new ContractTerms(format.settings().defaultSessions(),
                    format.settings().cadence(), format.settings().sessionMinutes(), day.heldOn()));
            measures.administer(user, course, entry.submissionKey(), new Administration(day.instrument(),
                    entry.answers(), null));
            if (outcome == ScreeningOutcome.EXCLUDED_FOR_RISK) {
                long version = courses.coursesOf(user, client).getFirst().version();
                courses.exit(user, course, PhaseTransition.REFER_ON, messages.getMessage("screening.excludedReason",
                        null, LocaleContextHolder.getLocale()), today(user), version);
            }
        }
        ScreeningLine line = new ScreeningLine(UUID.randomUUID(), Objects.requireNonNull(name), site, entry.sex(),
                entry.age(), score.total(), outcome, client, course, clock.instant());
        store.addScreening(user.organisationId().value(), dayId, entry.submissionKey(), line);
        audit.record(user, client, AuditAction.CREATE, SCREENING, client, AuditEntry.detail("history.screened."
                + outcome));
        return line;
    }

    public ScreeningDayPage page(CurrentUser user, UUID dayId) {
        ScreeningDay day = ownDay(user, dayId);
        List<ScreeningLine> lines = store.screenings(dayId);
        List<ClientId> clients = lines.stream().map(ScreeningLine::clientId).filter(Objects::nonNull).toList();
        Map<ClientId, Group> inGroups = groups.currentGroupsOf(user.organisationId(), clients);
        List<ScreeningLine> waiting = lines.stream().filter(l -> l.outcome() == ScreeningOutcome.ELIGIBLE)
                .filter(l -> l.clientId() != null && !inGroups.containsKey(l.clientId())).toList();
        List<Group> runnable = store.groupsOf(user.organisationId().value(), user.id(), new PageRequestParams(0, 100))
                .items().stream().filter(g -> GroupAccess.of(user, g).mayRun())
                .filter(g -> g.settings().protocolId().equals(day.protocolId())).toList();
        audit.record(user, null, AuditAction.READ, SCREENING, null, AuditEntry.detail("history.screeningDayRead",
                lines.size()));
        return new ScreeningDayPage(day, lines, waiting, runnable, measures.instrument(day.instrument()));
    }

    /**
     * Who of the waiting eligible a group's site and composition suggest: the same site, the group's sex and ages,
     * as many as it has room for. Pure over the page's lines.
     */
    public static List<ScreeningLine> suggestedFor(Group group, int activeMembers, Collection<ScreeningLine> waiting,
            int year) {
        int room = group.settings().maxMembers() - activeMembers;
        return waiting.stream()
                .filter(l -> group.settings().site() == null || l.site() == null
                        || l.site().equalsIgnoreCase(group.settings().site()))
                .filter(l -> CompositionRules.problemsJoining(group.settings(), 0, new CompositionRules.Person(l.sex(),
                        l.age() == null ? null : l.age() + (group.settings().startsOn().getYear() - year))).isEmpty())
                .limit(Math.max(0, room)).toList();
    }

    /** Reads an uploaded sheet against the day's questionnaire and checks every line; saves nothing. */
    public ScreeningSheet.Read check(CurrentUser user, UUID dayId, String csv) {
        ScreeningDay day = ownDay(user, dayId);
        return ScreeningSheet.read(csv, measures.instrument(day.instrument()));
    }

    /**
     * Screens every sound line of an uploaded sheet (the same sheet again adds nobody twice: a line's submission key
     * comes from the day and its content); returns how many were screened.
     */
    public int screenSheet(CurrentUser user, UUID dayId, String csv) {
        ScreeningSheet.Read read = check(user, dayId, csv);
        if (read.fileProblem() != null) {
            throw new RuleViolation(read.fileProblem());
        }
        int screened = 0;
        for (ScreeningSheet.Line line : read.lines()) {
            if (line.sound()) {
                UUID key = UUID.nameUUIDFromBytes((dayId + ":" + line.name() + ":" + line.site() + ":" + line.sex()
                        + ":" + line.age() + ":" + line.answers()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                screen(user, dayId, line.entry(key));
                screened++;
            }
        }
        return screened;
    }

    /** Adds the chosen eligible people of the day to a group the user runs; all of them or none. */
    public int addToGroup(CurrentUser user, UUID dayId, GroupId groupId, Collection<UUID> chosen) {
        ownDay(user, dayId);
        if (chosen.isEmpty()) {
            throw new RuleViolation("screening.nobodyChosen");
        }
        List<ScreeningLine> lines = store.screenings(dayId).stream().filter(l -> chosen.contains(l.id()))
                .filter(l -> l.outcome() == ScreeningOutcome.ELIGIBLE && l.clientId() != null).toList();
        if (lines.size() != chosen.size()) {
            throw new RuleViolation("screening.notEligible");
        }
        for (ScreeningLine line : lines) {
            groups.addMember(user, groupId, new NewMember(line.clientId(), null, null, line.sex()));
        }
        return lines.size();
    }

    private ScreeningDay ownDay(CurrentUser user, UUID dayId) {
        requireClinician(user);
        return store.screeningDay(user.organisationId().value(), dayId).filter(d -> d.screenedBy().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("screening day"));
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }

    private static void requireClinician(CurrentUser user) {
        if (user.role() != Role.CLINICIAN) {
            throw new NotFoundException("screening");
        }
    }
}
