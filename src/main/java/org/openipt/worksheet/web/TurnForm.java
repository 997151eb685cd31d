package org.openipt.worksheet.web;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.Turn;
import org.openipt.worksheet.WorksheetRules;

import jakarta.validation.constraints.Size;

/** One row of the turn-by-turn exchange. */
public class TurnForm {

    private Speaker speaker = Speaker.CLIENT;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String said;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String how;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String felt;

    static TurnForm of(Turn turn) {
        TurnForm form = new TurnForm();
        form.speaker = turn.speaker();
        form.said = turn.said();
        form.how = turn.how();
        form.felt = turn.felt();
        return form;
    }

    boolean isBlank() {
        return WorksheetForm.blank(said) && WorksheetForm.blank(how) && WorksheetForm.blank(felt);
    }

    Turn turn() {
        return new Turn(speaker, said == null ? "" : said.strip(), Text.clean(how), Text.clean(felt));
    }

    public Speaker getSpeaker() { return speaker; }
    public void setSpeaker(@Nullable Speaker speaker) { this.speaker = speaker == null ? Speaker.CLIENT : speaker; }
    public @Nullable String getSaid() { return said; }
    public void setSaid(@Nullable String said) { this.said = said; }
    public @Nullable String getHow() { return how; }
    public void setHow(@Nullable String how) { this.how = how; }
    public @Nullable String getFelt() { return felt; }
    public void setFelt(@Nullable String felt) { this.felt = felt; }
}
