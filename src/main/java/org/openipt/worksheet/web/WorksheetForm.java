package org.openipt.worksheet.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;
import org.openipt.formulation.FocalAreaId;
import org.openipt.inventory.RelationshipId;
import org.openipt.shared.Text;
import org.openipt.shared.web.Choices;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.CommunicationPattern;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.Turn;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetContent;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetRules;
import org.openipt.worksheet.WorksheetType;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One worksheet of any kind as its page edits it. Only the fields of its {@link #getType() kind} are used; the
 * rows of turns, alternatives and options can be added, removed and moved with {@link #getEdit() edit buttons}.
 */
public class WorksheetForm {

    @NotNull(message = "{worksheet.type.required}")
    private @Nullable WorksheetType type;
    private @Nullable UUID submissionKey;
    private long version;
    private @Nullable String edit;

    @NotBlank(message = "{worksheet.title.required}")
    @Size(max = WorksheetRules.TITLE_LENGTH, message = "{field.tooLong}")
    private String title = "";
    private @Nullable UUID sessionId;
    private @Nullable UUID relationshipId;
    private @Nullable UUID focalAreaId;

    // communication analysis
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String withWhom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate happenedOn;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String whatHappened;
    @Valid
    @Size(max = WorksheetRules.MOST_TURNS, message = "{worksheet.turns.tooMany}")
    private List<TurnForm> turns = new ArrayList<>();
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String meant;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String understood;
    private Set<CommunicationPattern> patterns = EnumSet.noneOf(CommunicationPattern.class);
    @Size(max = WorksheetRules.MOST_ALTERNATIVES, message = "{worksheet.alternatives.tooMany}")
    private List<String> alternatives = new ArrayList<>();
    private @Nullable Integer chosenAlternative;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String rehearsal;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String plan;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String howItWent;

    // decision analysis
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String problem;
    @Valid
    @Size(max = WorksheetRules.MOST_OPTIONS, message = "{worksheet.options.tooMany}")
    private List<OptionForm> options = new ArrayList<>();
    private @Nullable Integer chosenOption;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String steps;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String outcome;

    // role play
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String scenario;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String clientPlays;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String clinicianPlays;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String lines;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String feedback;
    @Min(value = WorksheetRules.LOWEST_CONFIDENCE, message = "{worksheet.confidence.range}")
    @Max(value = WorksheetRules.HIGHEST_CONFIDENCE, message = "{worksheet.confidence.range}")
    private @Nullable Integer confidenceBefore;
    @Min(value = WorksheetRules.LOWEST_CONFIDENCE, message = "{worksheet.confidence.range}")
    @Max(value = WorksheetRules.HIGHEST_CONFIDENCE, message = "{worksheet.confidence.range}")
    private @Nullable Integer confidenceAfter;

    // work at home
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueOn;
    private TaskStatus status = TaskStatus.NOT_STARTED;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String taskOutcome;

    /** An empty worksheet of one kind, with a fresh submission key and a first row where the kind has rows. */
    static WorksheetForm blank(WorksheetType type) {
        WorksheetForm form = new WorksheetForm();
        form.type = type;
        form.submissionKey = UUID.randomUUID();
        if (type == WorksheetType.COMMUNICATION_ANALYSIS) {
            form.turns.add(new TurnForm());
            TurnForm reply = new TurnForm();
            reply.setSpeaker(Speaker.OTHER);
            form.turns.add(reply);
            form.alternatives.add("");
        }
        if (type == WorksheetType.DECISION_ANALYSIS) {
            form.options.add(new OptionForm());
            form.options.add(new OptionForm());
        }
        return form;
    }

    static WorksheetForm of(Worksheet worksheet) {
        WorksheetForm form = new WorksheetForm();
        form.type = worksheet.type();
        form.version = worksheet.version();
        form.title = worksheet.title();
        WorksheetLinks links = worksheet.links();
        form.sessionId = links.session() == null ? null : links.session().value();
        form.relationshipId = links.relationship() == null ? null : links.relationship().value();
        form.focalAreaId = links.focalArea() == null ? null : links.focalArea().value();
        switch (worksheet.content()) {
            case CommunicationAnalysis a -> {
                form.withWhom = a.withWhom();
                form.happenedOn = a.happenedOn();
                form.whatHappened = a.whatHappened();
                a.turns().forEach(turn -> form.turns.add(TurnForm.of(turn)));
                form.meant = a.meant();
                form.understood = a.understood();
                form.patterns = a.patterns().isEmpty() ? EnumSet.noneOf(CommunicationPattern.class)
                        : EnumSet.copyOf(a.patterns());
                form.alternatives.addAll(a.alternatives());
                form.chosenAlternative = a.chosenAlternative();
                form.rehearsal = a.rehearsal();
                form.plan = a.plan();
                form.howItWent = a.howItWent();
            }
            case DecisionAnalysis d -> {
                form.problem = d.problem();
                d.options().forEach(option -> form.options.add(OptionForm.of(option)));
                form.chosenOption = d.chosenOption();
                form.steps = d.steps();
                form.outcome = d.outcome();
            }
            case RolePlay r -> {
                form.scenario = r.scenario();
                form.clientPlays = r.clientPlays();
                form.clinicianPlays = r.clinicianPlays();
                form.lines = r.lines();
                form.feedback = r.feedback();
                form.confidenceBefore = r.confidenceBefore();
                form.confidenceAfter = r.confidenceAfter();
            }
            case WorkAtHomeTask t -> {
                form.description = t.description();
                form.dueOn = t.dueOn();
                form.status = t.status();
                form.taskOutcome = t.outcome();
            }
        }
        return form;
    }

    /**
     * Applies the row edit a button asked for. Answers the message key of a refusal (the list is full), or null.
     */
    @Nullable String applyEdit(RowEdit rowEdit) {
        boolean[] refused = new boolean[1];
        switch (rowEdit.list()) {
            case "Turn" -> {
                rowEdit.apply(turns, TurnForm::new, WorksheetRules.MOST_TURNS, null, refused);
                return refused[0] ? "worksheet.turns.tooMany" : null;
            }
            case "Alternative" -> {
                chosenAlternative = rowEdit.apply(alternatives, () -> "", WorksheetRules.MOST_ALTERNATIVES,
                        chosenAlternative, refused);
                return refused[0] ? "worksheet.alternatives.tooMany" : null;
            }
            case "Option" -> {
                chosenOption = rowEdit.apply(options, OptionForm::new, WorksheetRules.MOST_OPTIONS, chosenOption,
                        refused);
                return refused[0] ? "worksheet.options.tooMany" : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The worksheet as written, of the given kind; rows left wholly empty are dropped. */
    WorksheetDraft draft(WorksheetType kind) {
        return new WorksheetDraft(title.strip(), new WorksheetLinks(
                sessionId == null ? null : new SessionId(sessionId),
                relationshipId == null ? null : new RelationshipId(relationshipId),
                focalAreaId == null ? null : new FocalAreaId(focalAreaId)), content(kind));
    }

    private WorksheetContent content(WorksheetType kind) {
        return switch (kind) {
            case COMMUNICATION_ANALYSIS -> {
                List<Turn> written = turns.stream().filter(turn -> !turn.isBlank()).map(TurnForm::turn).toList();
                List<String> kept = new ArrayList<>();
                Integer chosen = keep(alternatives, WorksheetForm::blank, chosenAlternative, kept);
                yield new CommunicationAnalysis(Text.clean(withWhom), happenedOn, Text.clean(whatHappened), written,
                        Text.clean(meant), Text.clean(understood), patterns, kept.stream().map(String::strip).toList(), chosen,
                        Text.clean(rehearsal), Text.clean(plan), Text.clean(howItWent));
            }
            case DECISION_ANALYSIS -> {
                List<OptionForm> kept = new ArrayList<>();
                Integer chosen = keep(options, OptionForm::isBlank, chosenOption, kept);
                yield new DecisionAnalysis(Text.clean(problem), kept.stream().map(OptionForm::decisionOption).toList(),
                        chosen, Text.clean(steps), Text.clean(outcome));
            }
            case ROLE_PLAY -> new RolePlay(Text.clean(scenario), Text.clean(clientPlays), Text.clean(clinicianPlays), Text.clean(lines),
                    Text.clean(feedback), confidenceBefore, confidenceAfter);
            case WORK_AT_HOME -> new WorkAtHomeTask(description == null ? "" : description.strip(), dueOn, status,
                    Text.clean(taskOutcome));
        };
    }

    /**
     * Copies the rows that are not blank into {@code kept}; answers the new place of the chosen row (-1 when the
     * chosen row was blank, so that the rules refuse it).
     */
    private static <T> @Nullable Integer keep(List<T> rows, java.util.function.Predicate<T> isBlank,
            @Nullable Integer chosen, List<T> kept) {
        Integer moved = chosen == null ? null : -1;
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            if (row == null || isBlank.test(row)) {
                continue;
            }
            if (chosen != null && chosen == i) {
                moved = kept.size();
            }
            kept.add(row);
        }
        return moved;
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    public @Nullable WorksheetType getType() { return type; }
    public void setType(@Nullable WorksheetType type) { this.type = type; }
    public @Nullable UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) { this.submissionKey = submissionKey; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public @Nullable String getEdit() { return edit; }
    public void setEdit(@Nullable String edit) { this.edit = edit; }
    public String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
    public @Nullable UUID getSessionId() { return sessionId; }
    public void setSessionId(@Nullable UUID sessionId) { this.sessionId = sessionId; }
    public @Nullable UUID getRelationshipId() { return relationshipId; }
    public void setRelationshipId(@Nullable UUID relationshipId) { this.relationshipId = relationshipId; }
    public @Nullable UUID getFocalAreaId() { return focalAreaId; }
    public void setFocalAreaId(@Nullable UUID focalAreaId) { this.focalAreaId = focalAreaId; }
    public @Nullable String getWithWhom() { return withWhom; }
    public void setWithWhom(@Nullable String withWhom) { this.withWhom = withWhom; }
    public @Nullable LocalDate getHappenedOn() { return happenedOn; }
    public void setHappenedOn(@Nullable LocalDate happenedOn) { this.happenedOn = happenedOn; }
    public @Nullable String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(@Nullable String whatHappened) { this.whatHappened = whatHappened; }
    public List<TurnForm> getTurns() { return turns; }
    public void setTurns(@Nullable List<TurnForm> turns) { this.turns = turns == null ? new ArrayList<>() : turns; }
    public @Nullable String getMeant() { return meant; }
    public void setMeant(@Nullable String meant) { this.meant = meant; }
    public @Nullable String getUnderstood() { return understood; }
    public void setUnderstood(@Nullable String understood) { this.understood = understood; }
    public Set<CommunicationPattern> getPatterns() { return patterns; }
    public void setPatterns(@Nullable Set<CommunicationPattern> patterns) {
        this.patterns = Choices.of(patterns, CommunicationPattern.class);
    }
    public List<String> getAlternatives() { return alternatives; }
    public void setAlternatives(@Nullable List<String> alternatives) {
        this.alternatives = alternatives == null ? new ArrayList<>() : alternatives;
    }
    public @Nullable Integer getChosenAlternative() { return chosenAlternative; }
    public void setChosenAlternative(@Nullable Integer chosenAlternative) { this.chosenAlternative = chosenAlternative; }
    public @Nullable String getRehearsal() { return rehearsal; }
    public void setRehearsal(@Nullable String rehearsal) { this.rehearsal = rehearsal; }
    public @Nullable String getPlan() { return plan; }
    public void setPlan(@Nullable String plan) { this.plan = plan; }
    public @Nullable String getHowItWent() { return howItWent; }
    public void setHowItWent(@Nullable String howItWent) { this.howItWent = howItWent; }
    public @Nullable String getProblem() { return problem; }
    public void setProblem(@Nullable String problem) { this.problem = problem; }
    public List<OptionForm> getOptions() { return options; }
    public void setOptions(@Nullable List<OptionForm> options) { this.options = options == null ? new ArrayList<>() : options; }
    public @Nullable Integer getChosenOption() { return chosenOption; }
    public void setChosenOption(@Nullable Integer chosenOption) { this.chosenOption = chosenOption; }
    public @Nullable String getSteps() { return steps; }
    public void setSteps(@Nullable String steps) { this.steps = steps; }
    public @Nullable String getOutcome() { return outcome; }
    public void setOutcome(@Nullable String outcome) { this.outcome = outcome; }
    public @Nullable String getScenario() { return scenario; }
    public void setScenario(@Nullable String scenario) { this.scenario = scenario; }
    public @Nullable String getClientPlays() { return clientPlays; }
    public void setClientPlays(@Nullable String clientPlays) { this.clientPlays = clientPlays; }
    public @Nullable String getClinicianPlays() { return clinicianPlays; }
    public void setClinicianPlays(@Nullable String clinicianPlays) { this.clinicianPlays = clinicianPlays; }
    public @Nullable String getLines() { return lines; }
    public void setLines(@Nullable String lines) { this.lines = lines; }
    public @Nullable String getFeedback() { return feedback; }
    public void setFeedback(@Nullable String feedback) { this.feedback = feedback; }
    public @Nullable Integer getConfidenceBefore() { return confidenceBefore; }
    public void setConfidenceBefore(@Nullable Integer confidenceBefore) { this.confidenceBefore = confidenceBefore; }
    public @Nullable Integer getConfidenceAfter() { return confidenceAfter; }
    public void setConfidenceAfter(@Nullable Integer confidenceAfter) { this.confidenceAfter = confidenceAfter; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable LocalDate getDueOn() { return dueOn; }
    public void setDueOn(@Nullable LocalDate dueOn) { this.dueOn = dueOn; }
    public TaskStatus getStatus() { return status; }
    public void setStatus(@Nullable TaskStatus status) { this.status = status == null ? TaskStatus.NOT_STARTED : status; }
    public @Nullable String getTaskOutcome() { return taskOutcome; }
    public void setTaskOutcome(@Nullable String taskOutcome) { this.taskOutcome = taskOutcome; }
}
