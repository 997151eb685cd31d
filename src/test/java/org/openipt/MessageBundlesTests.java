package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditOutcome;
import org.openipt.caseload.web.ClientForm;
import org.openipt.course.Attendance;
import org.openipt.course.Phase;
import org.openipt.course.PhaseTransition;
import org.openipt.course.SessionMode;
import org.openipt.formulation.DiagnosisSystem;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.GoalStatus;
import org.openipt.formulation.MedicationEvaluation;
import org.openipt.formulation.ProblemArea;
import org.openipt.identity.Role;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.PersonChange;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolId;
import org.openipt.protocol.ProtocolSettings;

/**
 * Every visible string is a message key, in English and Spanish: the bundles the application reads
 * ({@code spring.messages.basename}) agree with each other, every key the templates and the Java code use exists,
 * and no template carries text of its own. Reads the sources, so it needs no Spring context.
 */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final String ENGLISH = "en";
    private static final String SPANISH = "es";
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path FORMATS = Path.of("src/main/resources/protocol/default-formats.json");

    /**
     * Keys built at run time, as {@code prefix*suffix}, with the values the {@code *} can take. A template or a
     * Java class that builds a key from a prefix missing here fails the test, so the table grows with the code.
     */
    private static Map<String, Collection<String>> dynamicKeys() {
        Map<String, Collection<String>> keys = new TreeMap<>();
        keys.put("phase.*", names(Phase.values()));
        keys.put("move.*", names(PhaseTransition.values()));
        keys.put("move.*.checklist", Arrays.stream(PhaseTransition.values()).filter(t -> !t.isExit())
                .map(Enum::name).toList());
        keys.put("attendance.*", names(Attendance.values()));
        keys.put("mode.*", names(SessionMode.values()));
        keys.put("participants.*", names(org.openipt.course.SessionParticipants.values()));
        keys.put("technique.*", names(org.openipt.course.Technique.values()));
        keys.put("technique.*.hint", names(org.openipt.course.Technique.values()));
        keys.put("cadence.*", names(Cadence.values()));
        keys.put("role.*", names(Role.values()));
        keys.put("delivery.*", names(Delivery.values()));
        keys.put("audit.action.*", names(AuditAction.values()));
        keys.put("audit.outcome.*", names(AuditOutcome.values()));
        keys.put("history.moved.*", Arrays.stream(PhaseTransition.values()).map(t -> t.to().name())
                .collect(Collectors.toCollection(TreeSet::new)));
        keys.put("history.session.*", names(Attendance.values()));
        keys.put("history.movedWithOverride.*", Arrays.stream(PhaseTransition.values()).filter(t -> !t.isExit())
                .map(t -> t.to().name()).toList());
        keys.put("careTeam.kind.*", names(org.openipt.caseload.MembershipKind.values()));
        keys.put("history.joined.*", List.of("CO_CLINICIAN", "GROUP_FACILITATOR"));
        keys.put("history.left.*", List.of("CO_CLINICIAN", "GROUP_FACILITATOR"));
        keys.put("schedule.rule.*", names(org.openipt.measures.ScheduleRule.values()));
        keys.put("schedule.milestone.*", names(org.openipt.measures.Milestone.values()));
        keys.put("schedule.status.*", names(org.openipt.measures.OccasionStatus.values()));
        keys.put("schedule.section.*", List.of("DUE", "OVERDUE"));
        keys.put("diagnosisSystem.*", names(DiagnosisSystem.values()));
        keys.put("medicationEvaluation.*", names(MedicationEvaluation.values()));
        keys.put("disputeStage.*", names(DisputeStage.values()));
        keys.put("formulation.clientResponse.*", names(org.openipt.formulation.ClientResponse.Kind.values()));
        keys.put("sharing.part.*", names(org.openipt.portal.SharedPart.values()));
        keys.put("sessionWork.kind.*", List.of("COMMUNICATION_ANALYSIS", "DECISION_ANALYSIS", "ROLE_PLAY"));
        keys.put("sessionWork.speaker.*", names(org.openipt.worksheet.Speaker.values()));
        keys.put("progress.change.*", names(org.openipt.portal.MyProgress.Change.values()));
        keys.put("referral.format.*", names(org.openipt.referral.ReferralFormat.values()));
        keys.put("triage.status.*", names(org.openipt.referral.ReferralStatus.values()));
        keys.put("referral.closed.*", List.of("REFERRED_ELSEWHERE", "DECLINED"));
        keys.put("history.referralClosed.*", List.of("REFERRED_ELSEWHERE", "DECLINED"));
        keys.put("diary.status.*", names(org.openipt.timeline.DiaryEntry.Status.values()));
        keys.put("myPlan.answered.*", names(org.openipt.formulation.ClientResponse.Kind.values()));
        keys.put("setup.title.*", names(org.openipt.identity.AccountTokenPurpose.values()));
        keys.put("portal.phase.*", names(Phase.values()));
        keys.put("audit.integrity.problem.*", names(org.openipt.audit.AuditIntegrity.Problem.values()));
        keys.put("history.administration.*", names(org.openipt.identity.AdministratorChanged.Change.values()));
        keys.put("consent.kind.*", names(org.openipt.caseload.ConsentKind.values()));
        keys.put("portal.phase.*.name", names(Phase.values()));
        keys.put("portal.learn.*.title", names(org.openipt.portal.LearnTopic.values()));
        keys.put("portal.learn.*", Arrays.stream(org.openipt.portal.LearnTopic.values())
                .flatMap(topic -> topic.paragraphKeys().stream()).map(key -> key.substring("portal.learn.".length()))
                .toList());
        keys.put("setup.intro.*", names(org.openipt.identity.AccountTokenPurpose.values()));
        keys.put("goalStatus.*", names(GoalStatus.values()));
        keys.put("goalOutcome.*", names(org.openipt.termination.GoalOutcome.values()));
        keys.put("terminationDecision.*", names(org.openipt.termination.TerminationDecision.values()));
        keys.put("inventory.role.*", names(RelationshipRole.values()));
        keys.put("inventory.ring.*", names(ClosenessRing.values()));
        keys.put("inventory.answer.*", names(Answer.values()));
        keys.put("timeline.kind.*", names(org.openipt.timeline.TimelineRow.Kind.values()));
        keys.put("timeline.remove.title.*", names(org.openipt.timeline.TimelineRow.Kind.values()));
        keys.put("timeline.type.*", names(org.openipt.timeline.LifeEventType.values()));
        keys.put("timeline.severity.*", names(org.openipt.timeline.MoodSeverity.values()));
        keys.put("timeline.precision.*", names(org.openipt.timeline.DatePrecision.values()));
        keys.put("inventory.compare.kind.*", names(PersonChange.Kind.values()));
        keys.put("inventory.field.*", Arrays.stream(RelationshipFields.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
        keys.put("problemArea.*.clinical", names(ProblemArea.values()));
        keys.put("problemArea.*.lay", names(ProblemArea.values()));
        keys.put("language.*", clientLanguages());
        keys.put("wording.*", List.of(protocolWith(false).wording(), protocolWith(true).wording()));
        keys.put("protocol.code.*", builtInFormatCodes());
        keys.put("worksheet.type.*", names(org.openipt.worksheet.WorksheetType.values()));
        keys.put("worksheet.type.*.hint", names(org.openipt.worksheet.WorksheetType.values()));
        keys.put("worksheet.new.*", names(org.openipt.worksheet.WorksheetType.values()));
        keys.put("worksheet.speaker.*", names(org.openipt.worksheet.Speaker.values()));
        keys.put("worksheet.pattern.*", names(org.openipt.worksheet.CommunicationPattern.values()));
        keys.put("worksheet.status.*", names(org.openipt.worksheet.TaskStatus.values()));
        keys.put("measures.phq9.*", names(org.openipt.measures.Phq9Diagnosis.Syndrome.values()));
        keys.put("safety.state.*", names(org.openipt.safety.RiskState.values()));
        keys.put("safety.level.*", names(org.openipt.safety.RiskLevel.values()));
        keys.put("safety.action.*", names(org.openipt.safety.RiskAction.values()));
        keys.put("safety.source.*", names(org.openipt.safety.RiskSource.values()));
        keys.put("safety.alert.*", names(org.openipt.safety.RiskState.values()));
        keys.put("notification.kind.*", names(org.openipt.notification.NotificationKind.values()));
        keys.put("notification.status.*", names(org.openipt.notification.NotificationStatus.values()));
        keys.put("day.*", names(java.time.DayOfWeek.values()));
        keys.put("group.mode.*", names(org.openipt.groups.MeetingMode.values()));
        keys.put("group.sex.*", names(org.openipt.groups.Sex.values()));
        keys.put("group.singleSex.*", List.of("FEMALE", "MALE"));
        keys.put("group.state.*", names(org.openipt.groups.MemberState.values()));
        List<String> groupPhases = List.of("INITIAL", "MIDDLE", "TERMINATION");
        keys.put("groupGuide.phase.*", groupPhases);
        keys.put("groupGuide.welcome.*", groupPhases);
        keys.put("groupGuide.checkIns.*", groupPhases);
        keys.put("groupGuide.options.*", groupPhases);
        keys.put("preGroup.area.*", names(ProblemArea.values()));
        keys.put("screening.outcome.*", names(org.openipt.groups.ScreeningOutcome.values()));
        keys.put("history.screened.*", names(org.openipt.groups.ScreeningOutcome.values()));
        keys.put("groupSession.referral.*", names(org.openipt.groups.ReferralDecision.values()));
        keys.put("review.kind.*", names(org.openipt.supervision.RecordKind.values()));
        keys.put("review.state.*", names(org.openipt.supervision.ReviewState.values()));
        keys.put("review.intro.*", List.of("SUPERVISOR", "CLINICIAN"));
        keys.put("history.fidelityRated.*", names(org.openipt.supervision.Rater.values()));
        keys.put("fidelity.item.*", names(org.openipt.supervision.FidelityItem.values()));
        keys.put("fidelity.answer.*", names(org.openipt.supervision.FidelityAnswer.values()));
        keys.put("fidelity.rater.*", names(org.openipt.supervision.Rater.values()));
        keys.put("fidelity.yourRating.*", names(org.openipt.supervision.Rater.values()));
        keys.put("supervision.flag.*", names(org.openipt.supervision.DashboardFilter.Flag.values()));
        keys.put("supervision.sort.*", names(org.openipt.supervision.DashboardFilter.Sort.values()));
        keys.put("preGroup.stage.*", names(DisputeStage.values()));
        return keys;
    }

    /** Expressions in templates that yield a whole key; where their keys come from is checked in the Java scan. */
    private static final Set<String> KEY_EXPRESSIONS = Set.of(
            "notice",                  // flash notices: addFlashAttribute("notice", "...") and decide(..., "...")
            "paragraph",               // LearnTopic.paragraphKeys(): portal.learn.*.1 … (PortalPagesTests reads them all)
            "item.messageKey()",       // PhaseRequirement.messageKey()
            "l.labelKey()",            // ProtocolLink.labelKey() (measures: schedule.protocol.link)
            "i.messageKey()",          // ClientIndicator.messageKey() (measures: schedule.caseload.wanted)
            "c.protocol().nameKey()",  // protocol.code.*
            "p.nameKey()",             // protocol.code.*
            "page.format().nameKey()", // the same, on the group page
            "h.detailKey()",           // AuditEntry.detail("...") or audit.action.*
            "e.detailKey()",
            "e.code",                  // error codes: errors.reject("...") and RuleViolation keys
            "problem",                 // referral pages: RuleViolation.messageKey() of the refused decision
            "codeError",               // second-factor pages: secondFactor.code.wrong or a RuleViolation key
            "p.messageKey(w)",         // ProblemArea.messageKey(wording): problemArea.*.clinical / .lay
            "a.area().messageKey(w)",
            "area.area().messageKey(w)",
            "s.headingKey()",          // CourseSection: keys chosen by the module that provides the section
            "s.linkKey()",
            "s.summaryKey()",
            "f.labelKey()",            // FocusOption.labelKey(): problemArea.*.clinical / .lay (formulation)
            "focusKey",               // CourseRecord.focalAreaLabelKey: the same, or session.focalArea.removed
            "p.headingKey()",          // SummaryPicture: keys chosen where the discharge summary adds a picture
            "d.key()",                 // CourseSection.Detail: keys chosen by the module that provides the section
            "recall.messageKey()",    // RecallWording: measures.recall.days / .weeks / .months
            "whoKey",                 // care-team.html's form fragment: careTeam.handover.to / careTeam.join.who
            "submitKey",              // and careTeam.handover.submit / careTeam.join.submit
            "a.messageKey()",          // CourseAlert: keys chosen by the module that raises it (safety.alert.*)
            "a.linkKey()",
            "a.alert().messageKey()",  // CaseloadAlert: the same
            "f.definition().descriptionKey()", // outcomes: OutcomeDefinition constants (outcomes.definition.*)
            "f.verdictKey()",          // Finding.Verdict.messageKey(): outcomes.verdict.*
            "f.reasonKey()",           // Finding reason constants: outcomes.reason.*
            "step",                    // NotOnTrack.NEXT_STEPS: outcomes.notOnTrack.step.*
            "row.bandKey()",           // TrajectoryChart.bandKey(band): outcomes.band.*
            "line.first().bandKey()",  // the same, on the client's progress page
            "line.latest().bandKey()",
            "p",                       // groups pages: the RuleViolation keys of a refused change
            "out.response().verdictKey()",  // Finding.Verdict.messageKey(): outcomes.verdict.*
            "out.remission().verdictKey()",
            "a.messageKey('lay')",
            "read.fileProblem()");      // ScreeningSheet's file problems: screening.sheet.*    // ProblemArea.messageKey: problemArea.*.lay

    // ------------------------------------------------------------------------------------------------ (a) bundles

    @Test
    void everyBundleHasASpanishTwinWithTheSameKeysAndPlaceholders() {
        for (String basename : basenames()) {
            assertThat(file(basename, ENGLISH)).as("the English bundle of %s", basename).isRegularFile();
            assertThat(file(basename, SPANISH)).as("the Spanish bundle of %s", basename).isRegularFile();
            Map<String, String> english = bundle(file(basename, ENGLISH));
            Map<String, String> spanish = bundle(file(basename, SPANISH));

            assertThat(spanish.keySet()).as("keys of %s missing in Spanish", basename).containsAll(english.keySet());
            assertThat(english.keySet()).as("keys of %s missing in English", basename).containsAll(spanish.keySet());
            List<String> different = english.keySet().stream().filter(spanish::containsKey)
                    .filter(key -> !placeholders(english.get(key)).equals(placeholders(spanish.get(key))))
                    .map(key -> key + ": en " + placeholders(english.get(key)) + ", es "
                            + placeholders(spanish.get(key)))
                    .toList();
            assertThat(different).as("keys of %s whose {n} placeholders differ between English and Spanish",
                    basename).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedTwiceOrLeftEmpty() {
        Map<String, List<String>> owners = new TreeMap<>();
        for (String basename : basenames()) {
            for (String language : List.of(ENGLISH, SPANISH)) {
                Path file = file(basename, language);
                Map<String, Integer> seen = new TreeMap<>();
                for (String line : lines(file)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                        continue;
                    }
                    seen.merge(trimmed.split("[=:]", 2)[0].strip(), 1, Integer::sum);
                }
                assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                        .as("keys defined twice in %s", file).isEmpty();
                assertThat(bundle(file).entrySet().stream().filter(e -> e.getValue().isBlank())
                        .map(Map.Entry::getKey).toList()).as("empty values in %s", file).isEmpty();
            }
            bundle(file(basename, ENGLISH)).keySet()
                    .forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(basename));
        }
        assertThat(owners.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
                .as("keys defined in more than one bundle (which one wins is an accident)").isEmpty();
    }

    @Test
    void everyValueIsAValidMessageFormatAndKeepsItsApostrophes() {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            for (String language : List.of(ENGLISH, SPANISH)) {
                Path file = file(basename, language);
                bundle(file).forEach((key, value) -> {
                    try {
                        MessageFormat format = new MessageFormat(value, Locale.forLanguageTag(language));
                        Object[] arguments = new Object[format.getFormatsByArgumentIndex().length];
                        Arrays.fill(arguments, 3);
                        format.format(arguments);
                    }
                    catch (IllegalArgumentException e) {
                        problems.add(file + " " + key + ": " + e.getMessage());
                    }
                    // Spring runs a message through MessageFormat only when it has arguments: then a lone '
                    // vanishes (and hides what follows); without arguments a doubled '' is shown as two.
                    if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
                        problems.add(file + " " + key + ": a single ' in a message with arguments must be ''");
                    }
                    if (placeholders(value).isEmpty() && value.contains("''")) {
                        problems.add(file + " " + key + ": '' in a message without arguments shows twice");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void spanishIsTranslatedNotCopied() {
        Set<String> sameInBothLanguages = Set.of("app.name", "inventory.answer.NO", "fidelity.answer.NO", "role.SUPERVISOR", "user.supervisor",
                "delivery.INDIVIDUAL", "triage.scores");
        Map<String, String> english = messages(ENGLISH);
        Map<String, String> spanish = messages(SPANISH);
        List<String> copied = english.keySet().stream()
                .filter(key -> english.get(key).equals(spanish.get(key)))
                .filter(key -> english.get(key).replaceAll("\\{[^}]*\\}", "").matches(".*\\p{L}.*"))
                .filter(key -> !sameInBothLanguages.contains(key)).toList();
        assertThat(copied).as("Spanish values identical to the English ones").isEmpty();
    }

    // ---------------------------------------------------------------------------------------- (b) keys in templates

    @Test
    void everyKeyATemplateUsesExists() {
        Map<String, String> english = messages(ENGLISH);
        Map<String, Collection<String>> dynamic = dynamicKeys();
        Map<String, Set<String>> missing = new TreeMap<>();
        Set<String> usedPatterns = new TreeSet<>();

        for (Path template : templates()) {
            String source = read(template);
            String name = TEMPLATES.relativize(template).toString();
            for (String key : templateKeys(source, dynamic, usedPatterns, name)) {
                if (!english.containsKey(key)) {
                    missing.computeIfAbsent(name, n -> new TreeSet<>()).add(key);
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
        assertThat(usedPatterns).as("the table of dynamic keys is exercised").contains("phase.*", "cadence.*",
                "move.*.checklist");
    }

    /** Literal keys, and every key a dynamic expression can produce; unknown dynamic expressions fail. */
    private static Set<String> templateKeys(String source, Map<String, Collection<String>> dynamic,
            Set<String> usedPatterns, String template) {
        Set<String> keys = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        // #{key} and #{key(arguments)}
        Matcher literal = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[(}]").matcher(source);
        while (literal.find()) {
            keys.add(literal.group(1));
        }
        // #{${expression}}
        Matcher computed = Pattern.compile("#\\{\\s*\\$\\{(.*?)\\}\\s*[(}]").matcher(source);
        while (computed.find()) {
            keys.addAll(expand(computed.group(1).strip(), dynamic, usedPatterns, unknown));
        }
        // #messages.msg('key'), #messages.msgWithParams('key', ...), #messages.msg('prefix.' + x), #messages.msg(x)
        Matcher utility = Pattern.compile("#messages\\.\\w+\\(").matcher(source);
        while (utility.find()) {
            keys.addAll(expand(firstArgument(source, utility.end()), dynamic, usedPatterns, unknown));
        }
        assertThat(unknown).as("""
                %s builds message keys in a way this test does not know. Add the prefix to dynamicKeys() \
                (with the enum or values it ranges over) or the expression to KEY_EXPRESSIONS""", template).isEmpty();
        return keys;
    }

    /** The first argument of a call whose argument list starts at {@code start}, minding nested calls and quotes. */
    private static String firstArgument(String source, int start) {
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (!quoted && c == '(') {
                depth++;
            }
            else if (!quoted && depth > 0 && c == ')') {
                depth--;
            }
            else if (!quoted && depth == 0 && (c == ',' || c == ')')) {
                return source.substring(start, i).strip();
            }
        }
        return source.substring(start).strip();
    }

    private static final Pattern CONCATENATION = Pattern
            .compile("'([^']*)'\\s*\\+\\s*([^+]+?)(?:\\s*\\+\\s*'([^']*)')?");

    private static Collection<String> expand(String expression, Map<String, Collection<String>> dynamic,
            Set<String> usedPatterns, List<String> unknown) {
        if (expression.matches("'[^']*'")) {
            return List.of(expression.substring(1, expression.length() - 1));
        }
        Matcher concatenation = CONCATENATION.matcher(expression);
        if (concatenation.matches()) {
            String pattern = concatenation.group(1) + "*" + (concatenation.group(3) == null ? ""
                    : concatenation.group(3));
            Collection<String> values = dynamic.get(pattern);
            if (values == null) {
                unknown.add(expression + " (pattern " + pattern + ")");
                return List.of();
            }
            usedPatterns.add(pattern);
            return values.stream().map(v -> pattern.replace("*", v)).toList();
        }
        if (!KEY_EXPRESSIONS.contains(expression)) {
            unknown.add(expression);
        }
        return List.of();
    }

    // ------------------------------------------------------------------------------------------ (c) keys in Java

    private static final List<Pattern> JAVA_KEYS = Stream.of(
            "new RuleViolation\\(\\s*\"([^\"]+)\"(\\s*\\+)?",
            "\\.reject\\(\\s*\"([^\"]+)\"(\\s*\\+)?",
            "problems\\.add\\(\\s*\"([^\"]+)\"(\\s*\\+)?",
            "message\\s*=\\s*\"\\{([^}\"]+)\\}\"()",
            "addFlashAttribute\\(\\s*\"notice\"\\s*,\\s*\"([^\"]+)\"(\\s*\\+)?",
            "AuditEntry\\.detail\\(\\s*\"([^\"]+)\"(\\s*\\+)?",
            // error messages, wherever they are answered (the API's security answers them outside the web layer)
            "\"(error\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"()",
            // messageKey() of phase requirements and the refusals of the pure rules
            "(?:return|->)\\s+\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+\\.?)\"(\\s*\\+)?")
            .map(Pattern::compile).toList();

    /** In a web adapter every dotted string literal is a message key (views and redirects contain '/'). */
    private static final Pattern DOTTED_LITERAL = Pattern
            .compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+\\.?)\"(\\s*\\+)?");

    @Test
    void everyKeyTheJavaCodeUsesExists() {
        Map<String, String> english = messages(ENGLISH);
        Map<String, Collection<String>> dynamic = dynamicKeys();
        Map<String, Set<String>> missing = new TreeMap<>();
        List<String> unknownPrefixes = new ArrayList<>();
        Set<String> found = new TreeSet<>();

        for (Path file : javaSources()) {
            String source = read(file);
            List<Pattern> patterns = new ArrayList<>(JAVA_KEYS);
            if (file.toString().contains("/web/")) {
                patterns.add(DOTTED_LITERAL);
            }
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean prefix = matcher.group(2) != null && !matcher.group(2).isEmpty();
                    Collection<String> keys;
                    if (prefix) {
                        Collection<String> values = dynamic.get(key + "*");
                        if (values == null) {
                            unknownPrefixes.add(JAVA.relativize(file) + ": " + key + " + ...");
                            continue;
                        }
                        keys = values.stream().map(v -> key + v).toList();
                    }
                    else {
                        keys = List.of(key);
                    }
                    for (String k : keys) {
                        found.add(k);
                        if (!english.containsKey(k)) {
                            missing.computeIfAbsent(JAVA.relativize(file).toString(), f -> new TreeSet<>()).add(k);
                        }
                    }
                }
            }
        }
        assertThat(unknownPrefixes).as("keys built from a prefix missing from dynamicKeys()").isEmpty();
        assertThat(missing).as("message keys used in Java code but missing from messages.properties").isEmpty();
        // the scan really sees each kind of use
        assertThat(found).contains("client.displayName.required", "contract.sessions.outsideProtocol",
                "password.tooShort", "protocol.range.invalid", "session.beyondContract", "checklist.contractAgreed",
                "course.contractChanged", "history.moved.MIDDLE", "history.session.NO_SHOW", "error.conflict",
                "client.registered", "field.tooLong", "error.signInRequired", "version.required");
    }

    // ---------------------------------------------------------------------------------- (d) no hard-coded text

    /** Attributes a person sees or hears; a literal value there must come from a th: attribute instead. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("aria-label", "aria-description",
            "aria-roledescription", "aria-placeholder", "aria-valuetext", "title", "placeholder", "alt", "label");

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr");

    @Test
    void templatesCarryNoTextOfTheirOwn() {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), read(template)));
        }
        assertThat(problems).as("visible text not taken from the message bundles").isEmpty();
    }

    @Test
    void theHardCodedTextCheckFindsWhatItShould() {
        String page = """
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: page(~{::title}, ~{::section})}">
                <head><title>Visible title</title><script>var text = "not visible";</script></head>
                <body><section>
                  <h1 th:text="#{a.b}">Prototype only</h1>
                  <p>Plain <strong>words</strong></p>
                  <div th:replace="~{x :: y}"><span>replaced</span></div>
                  <p th:if="${a > b}">Guarded but literal</p>
                  <span th:text="#{a}">x</span>: <span>·</span> &ndash;
                  <select><option lang="es">Español</option><option>Other</option></select>
                  <input type="text" placeholder="Type here"><input type="text" placeholder="x" th:placeholder="#{a}">
                  <img src="a.png" alt="A picture"><nav aria-label="Main" th:attr="aria-label=#{nav}"></nav>
                  <button title="Help">?</button>
                  <input type="submit" value="Send">
                  <!-- <p>a comment</p> -->
                </section></body></html>
                """;
        List<String> problems = hardCodedText("sample.html", page);
        assertThat(String.join("\n", problems)).contains("Visible title", "Plain", "words", "Guarded but literal",
                "Other", "placeholder=\"Type here\"", "alt=\"A picture\"", "title=\"Help\"", "value=\"Send\"");
        assertThat(String.join("\n", problems)).doesNotContain("Prototype only", "replaced", "not visible",
                "Español", "a comment", "Main", "placeholder=\"x\"");
    }

    /** Walks the template as a stack of open elements; text counts as covered when an element on the stack replaces its body. */
    static List<String> hardCodedText(String name, String html) {
        List<String> problems = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
            }
            else if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
                int end = html.indexOf('>', i);
                i = end < 0 ? html.length() : end + 1;
            }
            else if (html.startsWith("</", i)) {
                int end = html.indexOf('>', i);
                String tag = html.substring(i + 2, end < 0 ? html.length() : end).strip().toLowerCase(Locale.ROOT);
                if (open.stream().anyMatch(e -> e.name.equals(tag))) {
                    while (!open.isEmpty() && !open.pop().name.equals(tag)) {
                        // close elements left open inside this one
                    }
                }
                i = end < 0 ? html.length() : end + 1;
            }
            else if (html.charAt(i) == '<' && i + 1 < html.length() && Character.isLetter(html.charAt(i + 1))) {
                int end = endOfTag(html, i);
                Element element = Element.parse(html.substring(i + 1, end));
                problems.addAll(literalAttributes(name, element, open));
                i = end + 1;
                if (element.name.equals("script") || element.name.equals("style")) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + element.name, i);
                    i = close < 0 ? html.length() : close;
                    continue;
                }
                if (!element.selfClosing && !VOID_ELEMENTS.contains(element.name)) {
                    open.push(element);
                }
            }
            else {
                int next = html.indexOf('<', i + 1);
                String text = html.substring(i, next < 0 ? html.length() : next);
                i = next < 0 ? html.length() : next;
                String visible = text.replaceAll("&#?\\w+;", " ").strip();
                if (visible.matches("(?s).*[\\p{L}\\p{N}].*") && !covered(open)) {
                    problems.add(name + ": text \"" + visible.replaceAll("\\s+", " ") + "\" in <"
                            + (open.isEmpty() ? "document" : open.peek().name) + ">");
                }
            }
        }
        return problems;
    }

    private static boolean covered(Deque<Element> open) {
        for (Element element : open) {
            if (element.replacesBody()) {
                return true;
            }
            // the language picker and lists offer each language in its own name
            if (element.name.equals("option") && element.attributes.containsKey("lang")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> literalAttributes(String name, Element element, Deque<Element> open) {
        if (covered(open)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> visible = new LinkedHashMap<>();
        element.attributes.forEach((attribute, value) -> {
            if (VISIBLE_ATTRIBUTES.contains(attribute)) {
                visible.put(attribute, value);
            }
        });
        String type = element.attributes.getOrDefault("type", "").toLowerCase(Locale.ROOT);
        if (element.name.equals("input") && Set.of("submit", "button", "reset").contains(type)) {
            visible.put("value", element.attributes.getOrDefault("value", ""));
        }
        visible.forEach((attribute, value) -> {
            if (value.matches("(?s).*[\\p{L}\\p{N}].*") && !element.setsAttribute(attribute)) {
                problems.add(name + ": <" + element.name + " " + attribute + "=\"" + value + "\"> is not set from a message");
            }
        });
        return problems;
    }

    /** The index of the '>' closing the tag that starts at {@code start}, skipping quoted attribute values. */
    private static int endOfTag(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '"' || c == '\'') {
                quote = c;
            }
            else if (c == '>') {
                return i;
            }
        }
        return html.length() - 1;
    }

    private record Element(String name, Map<String, String> attributes, boolean selfClosing) {

        private static final Pattern ATTRIBUTE = Pattern
                .compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

        static Element parse(String inside) {
            String body = inside.strip();
            boolean selfClosing = body.endsWith("/");
            if (selfClosing) {
                body = body.substring(0, body.length() - 1);
            }
            String[] nameAndRest = body.split("\\s+", 2);
            Map<String, String> attributes = new LinkedHashMap<>();
            if (nameAndRest.length > 1) {
                Matcher matcher = ATTRIBUTE.matcher(nameAndRest[1]);
                while (matcher.find()) {
                    String value = matcher.group(2) != null ? matcher.group(2)
                            : matcher.group(3) != null ? matcher.group(3)
                            : matcher.group(4) != null ? matcher.group(4) : "";
                    attributes.put(matcher.group(1).toLowerCase(Locale.ROOT), value);
                }
            }
            return new Element(nameAndRest[0].toLowerCase(Locale.ROOT), attributes, selfClosing);
        }

        private @Nullable String thymeleaf(String attribute) {
            String value = attributes.get("th:" + attribute);
            return value != null ? value : attributes.get("data-th-" + attribute);
        }

        /**
         * Whether the element's body is replaced when the page renders. A th:replace on the root {@code <html>}
         * only decorates the page with the layout, which renders the page's own title and section.
         */
        boolean replacesBody() {
            if (thymeleaf("text") != null || thymeleaf("utext") != null) {
                return true;
            }
            if (!name.equals("html") && (thymeleaf("replace") != null || thymeleaf("insert") != null
                    || thymeleaf("include") != null || thymeleaf("substituteby") != null)) {
                return true;
            }
            if (name.equals("textarea") && thymeleaf("field") != null) {
                return true;
            }
            String remove = thymeleaf("remove");
            return remove != null && Set.of("all", "body", "all-but-first").contains(remove.strip());
        }

        boolean setsAttribute(String attribute) {
            if (thymeleaf(attribute) != null) {
                return true;
            }
            String attr = thymeleaf("attr");
            if (attr != null && Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find()) {
                return true;
            }
            return (attribute.equals("alt") || attribute.equals("title")) && thymeleaf("alt-title") != null;
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** The bundles the application reads: {@code spring.messages.basename} of application.properties. */
    private static List<String> basenames() {
        Properties application = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"),
                StandardCharsets.UTF_8)) {
            application.load(reader);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> basenames = Arrays.stream(application.getProperty("spring.messages.basename", "messages")
                .split(",")).map(String::strip).filter(b -> !b.isEmpty()).map(b -> b.replace('.', '/')).toList();
        assertThat(basenames).isNotEmpty();
        return basenames;
    }

    /** English is the base bundle (the fallback for every other language); Spanish its {@code _es} twin. */
    private static Path file(String basename, String language) {
        return RESOURCES.resolve(basename + (language.equals(ENGLISH) ? "" : "_" + language) + ".properties");
    }

    /** Every message of one language, from all bundles. */
    private static Map<String, String> messages(String language) {
        Map<String, String> all = new TreeMap<>();
        basenames().forEach(basename -> all.putAll(bundle(file(basename, language))));
        return all;
    }

    private static Map<String, String> bundle(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\s*(\\d+)").matcher(value);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }

    private static List<Path> templates() {
        return files(TEMPLATES, ".html");
    }

    private static List<Path> javaSources() {
        return files(JAVA, ".java");
    }

    private static List<Path> files(Path root, String extension) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> found = paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
            assertThat(found).as("files under %s", root).isNotEmpty();
            return found;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The languages the client form accepts (its @Pattern), which the client page names through language.*. */
    private static List<String> clientLanguages() {
        try {
            String regexp = ClientForm.class.getDeclaredField("preferredLanguage")
                    .getAnnotation(jakarta.validation.constraints.Pattern.class).regexp();
            return Arrays.stream(regexp.split("\\|")).filter(s -> !s.isBlank()).toList();
        }
        catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Protocol protocolWith(boolean layWording) {
        return new Protocol(new ProtocolId(java.util.UUID.randomUUID()), "X", null, new ProtocolSettings(
                Delivery.INDIVIDUAL, 8, 8, 8, Cadence.WEEKLY, 50, 0, 1, 1, layWording, false, false), true, 0);
    }

    private static Set<String> builtInFormatCodes() {
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(read(FORMATS));
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        assertThat(codes).isNotEmpty();
        return codes;
    }
}
