package org.openipt.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.identity.UserId;
import org.openipt.shared.web.Choices;
import org.openipt.supervision.SupervisionSessionEntry;
import org.springframework.format.annotation.DateTimeFormat;

/** The supervision session form; follow-up lines left empty are ignored. */
public class SupervisionSessionForm {

    static final int FOLLOW_UP_LINES = 3;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heldOn;
    private Set<UUID> counsellors = new LinkedHashSet<>();
    private Set<UUID> cases = new LinkedHashSet<>();
    private @Nullable String decisions;
    private List<FollowUpLine> followUps = new ArrayList<>();

    static SupervisionSessionForm on(LocalDate today) {
        SupervisionSessionForm form = new SupervisionSessionForm();
        form.heldOn = today;
        form.fillLines();
        return form;
    }

    void fillLines() {
        while (followUps.size() < FOLLOW_UP_LINES) {
            followUps.add(new FollowUpLine());
        }
    }

    SupervisionSessionEntry entry(LocalDate today) {
        return new SupervisionSessionEntry(heldOn == null ? today : heldOn,
                counsellors.stream().map(UserId::new).collect(java.util.stream.Collectors.toSet()),
                cases.stream().map(ClientId::new).collect(java.util.stream.Collectors.toSet()), decisions,
                followUps.stream().filter(f -> f.what != null && !f.what.isBlank())
                        .map(f -> new SupervisionSessionEntry.NewFollowUp(f.what, f.dueOn,
                                f.about == null ? null : new ClientId(f.about))).toList());
    }

    /** One follow-up: what, by when, and about which case if any. */
    public static class FollowUpLine {
        private @Nullable String what;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate dueOn;
        private @Nullable UUID about;

        public @Nullable String getWhat() { return what; }
        public void setWhat(@Nullable String what) { this.what = what; }
        public @Nullable LocalDate getDueOn() { return dueOn; }
        public void setDueOn(@Nullable LocalDate dueOn) { this.dueOn = dueOn; }
        public @Nullable UUID getAbout() { return about; }
        public void setAbout(@Nullable UUID about) { this.about = about; }
    }

    public @Nullable LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
    public Set<UUID> getCounsellors() { return counsellors; }
    public void setCounsellors(@Nullable Set<UUID> counsellors) { this.counsellors = Choices.of(counsellors); }
    public Set<UUID> getCases() { return cases; }
    public void setCases(@Nullable Set<UUID> cases) { this.cases = Choices.of(cases); }
    public @Nullable String getDecisions() { return decisions; }
    public void setDecisions(@Nullable String decisions) { this.decisions = decisions; }
    public List<FollowUpLine> getFollowUps() { return followUps; }
    public void setFollowUps(List<FollowUpLine> followUps) { this.followUps = followUps; }
}
