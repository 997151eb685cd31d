package org.openipt.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;
import org.openipt.shared.web.FormSubmission;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.Turn;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A difficult conversation as the client writes it down, in plain questions that follow a communication analysis:
 * who and when, what happened, what each said, how they felt, what they meant and what the other understood, and
 * what they could say next time.
 */
public class ConversationForm {

    private String title = "";
    private @Nullable String withWhom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate happenedOn;
    private @Nullable String whatHappened;
    private @Nullable String whatISaid;
    private @Nullable String whatTheySaid;
    private @Nullable String felt;
    private @Nullable String meant;
    private @Nullable String understood;
    private @Nullable String nextTime;
    private UUID submissionKey = UUID.randomUUID();

    WorksheetDraft draft() {
        List<Turn> turns = new ArrayList<>();
        String mine = Text.clean(whatISaid);
        String theirs = Text.clean(whatTheySaid);
        if (mine != null) {
            turns.add(new Turn(Speaker.CLIENT, mine, null, Text.clean(felt)));
        }
        if (theirs != null) {
            turns.add(new Turn(Speaker.OTHER, theirs, null, mine == null ? Text.clean(felt) : null));
        }
        String alternative = Text.clean(nextTime);
        CommunicationAnalysis analysis = new CommunicationAnalysis(Text.clean(withWhom), happenedOn,
                Text.clean(whatHappened), turns, Text.clean(meant), Text.clean(understood), Set.of(),
                alternative == null ? List.of() : List.of(alternative), null, null, null, null);
        String cleanTitle = Text.clean(title);
        return new WorksheetDraft(cleanTitle == null ? "" : cleanTitle, WorksheetLinks.NONE, analysis);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getWithWhom() { return withWhom; }
    public void setWithWhom(@Nullable String withWhom) { this.withWhom = withWhom; }
    public @Nullable LocalDate getHappenedOn() { return happenedOn; }
    public void setHappenedOn(@Nullable LocalDate happenedOn) { this.happenedOn = happenedOn; }
    public @Nullable String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(@Nullable String whatHappened) { this.whatHappened = whatHappened; }
    public @Nullable String getWhatISaid() { return whatISaid; }
    public void setWhatISaid(@Nullable String whatISaid) { this.whatISaid = whatISaid; }
    public @Nullable String getWhatTheySaid() { return whatTheySaid; }
    public void setWhatTheySaid(@Nullable String whatTheySaid) { this.whatTheySaid = whatTheySaid; }
    public @Nullable String getFelt() { return felt; }
    public void setFelt(@Nullable String felt) { this.felt = felt; }
    public @Nullable String getMeant() { return meant; }
    public void setMeant(@Nullable String meant) { this.meant = meant; }
    public @Nullable String getUnderstood() { return understood; }
    public void setUnderstood(@Nullable String understood) { this.understood = understood; }
    public @Nullable String getNextTime() { return nextTime; }
    public void setNextTime(@Nullable String nextTime) { this.nextTime = nextTime; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
}
