package org.openipt.groups.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionMode;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupSessionEntry;
import org.openipt.groups.MemberCheckIn;
import org.openipt.groups.ReferralDecision;
import org.openipt.groups.SessionSheet;
import org.springframework.format.annotation.DateTimeFormat;

/** The group session form: when, how, the closing and one line for every active member. */
public class GroupSessionForm {

    private @Nullable UUID submissionKey;
    private int number;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime heldAt;
    private SessionMode mode = SessionMode.IN_PERSON;
    private boolean sessionsLeftNamed;
    private @Nullable String notes;
    private List<Line> members = new ArrayList<>();

    static GroupSessionForm blank(SessionSheet sheet, LocalDateTime now) {
        GroupSessionForm form = new GroupSessionForm();
        form.submissionKey = UUID.randomUUID();
        form.number = sheet.number();
        form.heldAt = now.withSecond(0).withNano(0);
        sheet.members().forEach(m -> {
            Line line = new Line();
            line.member = m.id().value();
            form.members.add(line);
        });
        return form;
    }

    GroupSessionEntry entry(LocalDateTime fallback) {
        List<MemberCheckIn> checkIns = members.stream().filter(line -> line.member != null)
                .map(line -> new MemberCheckIn(new GroupMemberId(line.member), Boolean.TRUE.equals(line.present), line.answers,
                        line.weekLink, line.lastOptionOutcome, line.optionChosen, line.disclosure, line.relapseSigns,
                        line.referral)).toList();
        return new GroupSessionEntry(submissionKey == null ? UUID.randomUUID() : submissionKey, number,
                heldAt == null ? fallback : heldAt, mode, sessionsLeftNamed, notes, checkIns);
    }

    /** Whether a member's line was left without "present" or "absent". */
    boolean attendanceUnmarked() {
        return members.stream().anyMatch(line -> line.present == null);
    }

    /** One member's line: present or not, and when present the check-in. */
    public static class Line {
        private @Nullable UUID member;
        private @Nullable Boolean present;
        private Map<String, String> answers = new LinkedHashMap<>();
        private @Nullable String weekLink;
        private @Nullable String lastOptionOutcome;
        private @Nullable String optionChosen;
        private @Nullable String disclosure;
        private @Nullable String relapseSigns;
        private @Nullable ReferralDecision referral;

        public @Nullable UUID getMember() { return member; }
        public void setMember(@Nullable UUID member) { this.member = member; }
        public @Nullable Boolean getPresent() { return present; }
        public void setPresent(@Nullable Boolean present) { this.present = present; }
        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
        public @Nullable String getWeekLink() { return weekLink; }
        public void setWeekLink(@Nullable String weekLink) { this.weekLink = weekLink; }
        public @Nullable String getLastOptionOutcome() { return lastOptionOutcome; }
        public void setLastOptionOutcome(@Nullable String lastOptionOutcome) { this.lastOptionOutcome = lastOptionOutcome; }
        public @Nullable String getOptionChosen() { return optionChosen; }
        public void setOptionChosen(@Nullable String optionChosen) { this.optionChosen = optionChosen; }
        public @Nullable String getDisclosure() { return disclosure; }
        public void setDisclosure(@Nullable String disclosure) { this.disclosure = disclosure; }
        public @Nullable String getRelapseSigns() { return relapseSigns; }
        public void setRelapseSigns(@Nullable String relapseSigns) { this.relapseSigns = relapseSigns; }
        public @Nullable ReferralDecision getReferral() { return referral; }
        public void setReferral(@Nullable ReferralDecision referral) { this.referral = referral; }
    }

    public @Nullable UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) { this.submissionKey = submissionKey; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public @Nullable LocalDateTime getHeldAt() { return heldAt; }
    public void setHeldAt(@Nullable LocalDateTime heldAt) { this.heldAt = heldAt; }
    public SessionMode getMode() { return mode; }
    public void setMode(SessionMode mode) { this.mode = mode; }
    public boolean isSessionsLeftNamed() { return sessionsLeftNamed; }
    public void setSessionsLeftNamed(boolean sessionsLeftNamed) { this.sessionsLeftNamed = sessionsLeftNamed; }
    public @Nullable String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = notes; }
    public List<Line> getMembers() { return members; }
    public void setMembers(List<Line> members) { this.members = members; }
}
