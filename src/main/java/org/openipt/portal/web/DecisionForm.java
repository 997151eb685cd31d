package org.openipt.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;
import org.openipt.shared.web.FormSubmission;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.DecisionOption;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;

/**
 * A decision as the client thinks it through before a session, in the order of a decision analysis: the question,
 * every option first with what speaks for and against it, then the one they lean towards and a first step. Rows
 * left empty are dropped; the one leaned towards is counted among the options kept.
 */
public class DecisionForm {

    /** How many option rows the page offers. */
    static final int ROWS = 4;

    private String title = "";
    private @Nullable String question;
    private List<OptionRow> options = new ArrayList<>(List.of(new OptionRow(), new OptionRow(), new OptionRow(),
            new OptionRow()));
    private @Nullable Integer leaning;
    private @Nullable String firstStep;
    private UUID submissionKey = UUID.randomUUID();

    /** One option as typed. */
    public static class OptionRow {

        private @Nullable String option;
        private @Nullable String pros;
        private @Nullable String cons;

        public @Nullable String getOption() { return option; }
        public void setOption(@Nullable String option) { this.option = option; }
        public @Nullable String getPros() { return pros; }
        public void setPros(@Nullable String pros) { this.pros = pros; }
        public @Nullable String getCons() { return cons; }
        public void setCons(@Nullable String cons) { this.cons = cons; }
    }

    WorksheetDraft draft() {
        List<DecisionOption> kept = new ArrayList<>();
        Integer chosen = null;
        for (int row = 0; row < options.size(); row++) {
            OptionRow typed = options.get(row);
            String option = Text.clean(typed.option);
            String pros = Text.clean(typed.pros);
            String cons = Text.clean(typed.cons);
            if (option == null && pros == null && cons == null) {
                continue;
            }
            if (leaning != null && leaning == row) {
                chosen = kept.size();
            }
            kept.add(new DecisionOption(option == null ? "" : option, pros, cons));
        }
        String cleanTitle = Text.clean(title);
        return new WorksheetDraft(cleanTitle == null ? "" : cleanTitle, WorksheetLinks.NONE,
                new DecisionAnalysis(Text.clean(question), kept, chosen, Text.clean(firstStep), null));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getQuestion() { return question; }
    public void setQuestion(@Nullable String question) { this.question = question; }
    public List<OptionRow> getOptions() { return options; }
    public void setOptions(List<OptionRow> options) { this.options = options; }
    public @Nullable Integer getLeaning() { return leaning; }
    public void setLeaning(@Nullable Integer leaning) { this.leaning = leaning; }
    public @Nullable String getFirstStep() { return firstStep; }
    public void setFirstStep(@Nullable String firstStep) { this.firstStep = firstStep; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
}
