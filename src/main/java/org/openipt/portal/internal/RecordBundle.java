package org.openipt.portal.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.jspecify.annotations.Nullable;
import org.openipt.course.ClientQuestion;
import org.openipt.course.SessionMode;
import org.openipt.formulation.GoalStatus;
import org.openipt.measures.MeasureExport;
import org.openipt.measures.MeasureResponse;
import org.openipt.portal.MyRecord;
import org.openipt.portal.PortalSession;
import org.openipt.safety.SafetyPlan;
import org.openipt.shared.Text;
import org.openipt.shared.fhir.Fhir;
import org.openipt.termination.RelapsePlan;
import org.openipt.timeline.DiaryEntry;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.Worksheet;

/**
 * The client's record as a FHIR R4 Bundle of type collection: the Patient; an Encounter per session (status and
 * time only); each questionnaire as a QuestionnaireResponse with its total as an Observation; each diary day as an
 * Observation; the shared goals as Goals and the shared formulation, the safety plan and the plan for staying well
 * as CarePlans; the tasks as Tasks; the questions as Communications; the conversations as plain-text
 * DocumentReferences. Ids are stable (the records' own, or derived from them), so two downloads agree.
 */
public final class RecordBundle {

    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private RecordBundle() {
    }

    public static String json(MyRecord record) {
        return Fhir.json(bundle(record), true);
    }

    public static Bundle bundle(MyRecord record) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(record.madeAt()));
        String patient = "urn:uuid:" + record.clientId();
        add(bundle, patient, new Patient().addName(new org.hl7.fhir.r4.model.HumanName().setText(record.name())));
        for (PortalSession session : record.sessions()) {
            add(bundle, encounter(patient, session));
        }
        for (MeasureResponse response : record.responses()) {
            String url = "urn:uuid:" + response.id();
            add(bundle, url, MeasureExport.questionnaireResponse(response.instrument(), response.answers(),
                    response.score(), patient, response.administeredAt()));
            MeasureExport.totalObservation(response.instrument(), response.score(), patient, response.administeredAt(),
                    url).ifPresent(total -> add(bundle, "urn:uuid:" + derived("total", response.id().value()), total));
        }
        for (DiaryEntry day : record.diary()) {
            add(bundle, "urn:uuid:" + day.id(), mood(patient, day));
        }
        List<Reference> goals = new ArrayList<>();
        for (org.openipt.formulation.Goal goal : record.plan().goals()) {
            String url = "urn:uuid:" + goal.id().value();
            goals.add(new Reference(url));
            add(bundle, url, new Goal().setLifecycleStatus(lifecycle(goal.status()))
                    .setDescription(new CodeableConcept().setText(goal.description())).setSubject(new Reference(patient)));
        }
        if (record.plan().formulationShared() && record.plan().formulation() != null) {
            CarePlan myPlan = carePlan(patient, "My plan", record.plan().formulation());
            myPlan.setGoal(goals);
            add(bundle, "urn:uuid:" + derived("plan", record.clientId().value()), myPlan);
        }
        SafetyPlan safety = record.plans().safetyPlan();
        if (safety != null) {
            add(bundle, "urn:uuid:" + derived("safety", record.clientId().value()),
                    carePlan(patient, "My safety plan", lines(safety.warningSigns(), safety.copingAlone(),
                            safety.distractions(), safety.peopleToAsk(), safety.professionals(),
                            safety.safeSurroundings(), safety.reasonsForLiving())));
        }
        RelapsePlan stayingWell = record.plans().stayingWell();
        if (stayingWell != null) {
            add(bundle, "urn:uuid:" + derived("staying-well", record.clientId().value()),
                    carePlan(patient, "My plan for staying well", lines(stayingWell.warningSigns(),
                            stayingWell.triggers(), stayingWell.helpfulSkills(), stayingWell.helpfulPeople(),
                            stayingWell.steps(), stayingWell.seekingHelp(), stayingWell.boosterArrangement())));
        }
        for (Worksheet task : record.tasks()) {
            add(bundle, "urn:uuid:" + task.id().value(), task(patient, task));
        }
        for (ClientQuestion question : record.questions()) {
            add(bundle, "urn:uuid:" + question.id(), new Communication()
                    .setStatus(Communication.CommunicationStatus.COMPLETED).setSubject(new Reference(patient))
                    .setSent(Date.from(question.askedAt()))
                    .addPayload(new Communication.CommunicationPayloadComponent(new StringType(question.question()))));
        }
        for (Worksheet prepared : record.prepared()) {
            add(bundle, "urn:uuid:" + prepared.id().value(), prepared(patient, prepared));
        }
        return bundle;
    }

    private static Encounter encounter(String patient, PortalSession session) {
        boolean remote = session.mode() != SessionMode.IN_PERSON;
        Encounter encounter = new Encounter().setStatus(switch (session.attendance()) {
            case ATTENDED -> Encounter.EncounterStatus.FINISHED;
            case SCHEDULED -> Encounter.EncounterStatus.PLANNED;
            case CANCELLED, NO_SHOW -> Encounter.EncounterStatus.CANCELLED;
        }).setClass_(new Coding(ACT_CODE, remote ? "VR" : "AMB", remote ? "virtual" : "ambulatory"))
                .setSubject(new Reference(patient))
                .setPeriod(new Period().setStart(Date.from(session.when().toInstant())));
        encounter.setId(session.id().toString());
        return encounter;
    }

    private static Observation mood(String patient, DiaryEntry day) {
        Observation mood = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept().setText("Mood, from 0 (worst) to 10 (best), in the client's diary"))
                .setSubject(new Reference(patient)).setValue(new IntegerType(day.rating()));
        mood.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(day.day().atStartOfDay()
                .toInstant(ZoneOffset.UTC)), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        String words = lines(day.whatHappened(), day.withWhom() == null ? null : "With " + day.withWhom());
        if (!words.isEmpty()) {
            mood.addNote().setText(words);
        }
        return mood;
    }

    private static Task task(String patient, Worksheet worksheet) {
        WorkAtHomeTask task = (WorkAtHomeTask) worksheet.content();
        Task resource = new Task().setStatus(status(task.status())).setIntent(Task.TaskIntent.PLAN)
                .setDescription(task.description()).setFor(new Reference(patient));
        if (task.outcome() != null) {
            resource.addNote().setText(task.outcome());
        }
        return resource;
    }

    private static Task.TaskStatus status(TaskStatus status) {
        return switch (status) {
            case DONE -> Task.TaskStatus.COMPLETED;
            case PARTLY -> Task.TaskStatus.INPROGRESS;
            case NOT_STARTED, NOT_DONE -> Task.TaskStatus.REQUESTED;
        };
    }

    /** A worksheet the client wrote themself, as plain text in the words of the portal's questions. */
    private static DocumentReference prepared(String patient, Worksheet worksheet) {
        StringBuilder text = new StringBuilder(worksheet.title()).append('\n');
        switch (worksheet.content()) {
            case CommunicationAnalysis analysis -> {
                append(text, "With", analysis.withWhom());
                append(text, "When", analysis.happenedOn() == null ? null : analysis.happenedOn().toString());
                append(text, "What happened", analysis.whatHappened());
                analysis.turns().forEach(turn -> append(text, turn.speaker() == Speaker.CLIENT ? "I said"
                        : "They said", turn.said()));
                append(text, "I meant", analysis.meant());
                append(text, "They understood", analysis.understood());
                analysis.alternatives().forEach(alternative -> append(text, "Next time", alternative));
            }
            case DecisionAnalysis decision -> {
                append(text, "The question", decision.problem());
                decision.options().forEach(option -> append(text, "Option", option.option()
                        + (option.pros() == null ? "" : "; for: " + option.pros())
                        + (option.cons() == null ? "" : "; against: " + option.cons())));
                append(text, "I lean towards", decision.chosen() == null ? null : decision.chosen().option());
                append(text, "A first step", decision.steps());
            }
            case RolePlay rolePlay -> {
                append(text, "With", rolePlay.clinicianPlays());
                append(text, "The situation", rolePlay.scenario());
                append(text, "What I want to say", rolePlay.lines());
                append(text, "How confident I feel (0-10)", rolePlay.confidenceBefore() == null ? null
                        : rolePlay.confidenceBefore().toString());
            }
            case WorkAtHomeTask task -> append(text, "Task", task.description());
        }
        DocumentReference document = new DocumentReference()
                .setStatus(Enumerations.DocumentReferenceStatus.CURRENT).setSubject(new Reference(patient))
                .setDescription(worksheet.title()).setDate(Date.from(worksheet.createdAt()));
        document.addContent().setAttachment(new Attachment().setContentType("text/plain; charset=utf-8")
                .setData(Text.printable(text.toString()).getBytes(StandardCharsets.UTF_8)));
        return document;
    }

    private static CarePlan carePlan(String patient, String title, @Nullable String description) {
        return new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN)
                .setTitle(title).setDescription(description).setSubject(new Reference(patient));
    }

    private static Goal.GoalLifecycleStatus lifecycle(GoalStatus status) {
        return switch (status) {
            case OPEN, IN_PROGRESS -> Goal.GoalLifecycleStatus.ACTIVE;
            case ACHIEVED -> Goal.GoalLifecycleStatus.COMPLETED;
            case DROPPED -> Goal.GoalLifecycleStatus.CANCELLED;
        };
    }

    private static String lines(@Nullable String... parts) {
        return String.join("\n", java.util.Arrays.stream(parts).filter(Objects::nonNull).toList());
    }

    private static void append(StringBuilder text, String label, @Nullable String value) {
        if (value != null) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    private static UUID derived(String kind, UUID of) {
        return UUID.nameUUIDFromBytes((kind + ":" + of).getBytes(StandardCharsets.UTF_8));
    }

    private static void add(Bundle bundle, Resource resource) {
        add(bundle, "urn:uuid:" + resource.getIdElement().getIdPart(), resource);
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        if (resource.getIdElement().isEmpty()) {
            resource.setId(fullUrl.substring("urn:uuid:".length()));
        }
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

}
