package org.openipt.portal.web;

import org.jspecify.annotations.Nullable;

/** The answer to one question of a questionnaire the client fills in: the questionnaire, the question's number. */
public class AnswerForm {

    private String instrument = "";
    private int number = 1;
    private @Nullable String answer;

    public AnswerForm() {
    }

    AnswerForm(String instrument, int number, @Nullable String answer) {
        this.instrument = instrument;
        this.number = number;
        this.answer = answer;
    }

    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public @Nullable String getAnswer() { return answer; }
    public void setAnswer(@Nullable String answer) { this.answer = answer; }
}
