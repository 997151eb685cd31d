package org.openipt.portal.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;
import org.openipt.shared.web.FormSubmission;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;

/**
 * A conversation the client wants to practise in their next session: the situation, who the therapist should play,
 * what they want to say, and how confident they feel about it now (0 to 10). The session adds how it went.
 */
public class RolePlayForm {

    private String title = "";
    private @Nullable String situation;
    private @Nullable String otherPerson;
    private @Nullable String whatIWantToSay;
    private @Nullable Integer confidence;
    private UUID submissionKey = UUID.randomUUID();

    WorksheetDraft draft() {
        String cleanTitle = Text.clean(title);
        return new WorksheetDraft(cleanTitle == null ? "" : cleanTitle, WorksheetLinks.NONE, new RolePlay(
                Text.clean(situation), null, Text.clean(otherPerson), Text.clean(whatIWantToSay), null, confidence,
                null));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getSituation() { return situation; }
    public void setSituation(@Nullable String situation) { this.situation = situation; }
    public @Nullable String getOtherPerson() { return otherPerson; }
    public void setOtherPerson(@Nullable String otherPerson) { this.otherPerson = otherPerson; }
    public @Nullable String getWhatIWantToSay() { return whatIWantToSay; }
    public void setWhatIWantToSay(@Nullable String whatIWantToSay) { this.whatIWantToSay = whatIWantToSay; }
    public @Nullable Integer getConfidence() { return confidence; }
    public void setConfidence(@Nullable Integer confidence) { this.confidence = confidence; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
}
