package org.openipt.groups.web;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionMode;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.ProblemArea;
import org.openipt.groups.PreGroupEntry;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.RelationshipRole;
import org.openipt.timeline.MoodSeverity;
import org.springframework.format.annotation.DateTimeFormat;

/** The pre-group session form; the people's lines left without a name are ignored. */
public class PreGroupForm {

    /** Lines offered for the people who matter: the small closeness circle. */
    static final int PEOPLE_LINES = 5;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime heldAt;
    private SessionMode mode = SessionMode.IN_PERSON;
    private Map<String, String> answers = new LinkedHashMap<>();
    @DateTimeFormat(pattern = "yyyy-MM")
    private @Nullable YearMonth onset;
    private @Nullable MoodSeverity severity;
    private @Nullable String whatWasHappening;
    private @Nullable ProblemArea area;
    private @Nullable DisputeStage disputeStage;
    private List<Person> people = new ArrayList<>();
    private @Nullable String goal;

    static PreGroupForm blank(LocalDateTime now) {
        PreGroupForm form = new PreGroupForm();
        form.heldAt = now.withSecond(0).withNano(0);
        form.fillPeopleLines();
        return form;
    }

    void fillPeopleLines() {
        while (people.size() < PEOPLE_LINES) {
            people.add(new Person());
        }
    }

    PreGroupEntry entry(LocalDateTime fallback) {
        List<PreGroupEntry.KeyPerson> named = people.stream()
                .filter(p -> p.name != null && !p.name.isBlank())
                .map(p -> new PreGroupEntry.KeyPerson(p.name.strip(),
                        p.role == null ? RelationshipRole.OTHER : p.role,
                        p.ring == null ? ClosenessRing.MIDDLE : p.ring))
                .toList();
        return new PreGroupEntry(heldAt == null ? fallback : heldAt, mode, answers, onset, severity,
                whatWasHappening, area, area == ProblemArea.ROLE_DISPUTE ? disputeStage : null, named, goal);
    }

    /** One person who matters: name, who they are, how close. */
    public static class Person {
        private @Nullable String name;
        private @Nullable RelationshipRole role;
        private @Nullable ClosenessRing ring;

        public @Nullable String getName() { return name; }
        public void setName(@Nullable String name) { this.name = name; }
        public @Nullable RelationshipRole getRole() { return role; }
        public void setRole(@Nullable RelationshipRole role) { this.role = role; }
        public @Nullable ClosenessRing getRing() { return ring; }
        public void setRing(@Nullable ClosenessRing ring) { this.ring = ring; }
    }

    public @Nullable LocalDateTime getHeldAt() { return heldAt; }
    public void setHeldAt(@Nullable LocalDateTime heldAt) { this.heldAt = heldAt; }
    public SessionMode getMode() { return mode; }
    public void setMode(SessionMode mode) { this.mode = mode; }
    public Map<String, String> getAnswers() { return answers; }
    public void setAnswers(Map<String, String> answers) { this.answers = answers; }
    public @Nullable YearMonth getOnset() { return onset; }
    public void setOnset(@Nullable YearMonth onset) { this.onset = onset; }
    public @Nullable MoodSeverity getSeverity() { return severity; }
    public void setSeverity(@Nullable MoodSeverity severity) { this.severity = severity; }
    public @Nullable String getWhatWasHappening() { return whatWasHappening; }
    public void setWhatWasHappening(@Nullable String whatWasHappening) { this.whatWasHappening = whatWasHappening; }
    public @Nullable ProblemArea getArea() { return area; }
    public void setArea(@Nullable ProblemArea area) { this.area = area; }
    public @Nullable DisputeStage getDisputeStage() { return disputeStage; }
    public void setDisputeStage(@Nullable DisputeStage disputeStage) { this.disputeStage = disputeStage; }
    public List<Person> getPeople() { return people; }
    public void setPeople(List<Person> people) { this.people = people; }
    public @Nullable String getGoal() { return goal; }
    public void setGoal(@Nullable String goal) { this.goal = goal; }
}
