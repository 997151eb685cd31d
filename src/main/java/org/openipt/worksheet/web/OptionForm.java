package org.openipt.worksheet.web;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;
import org.openipt.worksheet.DecisionOption;
import org.openipt.worksheet.WorksheetRules;

import jakarta.validation.constraints.Size;

/** One option of a decision analysis. */
public class OptionForm {

    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String option;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String pros;
    @Size(max = WorksheetRules.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String cons;

    static OptionForm of(DecisionOption decisionOption) {
        OptionForm form = new OptionForm();
        form.option = decisionOption.option();
        form.pros = decisionOption.pros();
        form.cons = decisionOption.cons();
        return form;
    }

    boolean isBlank() {
        return WorksheetForm.blank(option) && WorksheetForm.blank(pros) && WorksheetForm.blank(cons);
    }

    DecisionOption decisionOption() {
        return new DecisionOption(option == null ? "" : option.strip(), Text.clean(pros),
                Text.clean(cons));
    }

    public @Nullable String getOption() { return option; }
    public void setOption(@Nullable String option) { this.option = option; }
    public @Nullable String getPros() { return pros; }
    public void setPros(@Nullable String pros) { this.pros = pros; }
    public @Nullable String getCons() { return cons; }
    public void setCons(@Nullable String cons) { this.cons = cons; }
}
