package org.openipt.measures.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;
import org.openipt.measures.Administration;

/**
 * A questionnaire being administered: the whole questionnaire on one page, or one item at a time in read-aloud
 * mode, where the answers given so far travel in hidden fields and {@code go} moves between items without saving.
 */
public class AdministerForm {

    static final String READ_ALOUD = "read-aloud";

    private @Nullable String instrument;
    private @Nullable UUID submissionKey;
    private @Nullable UUID sessionId;
    private Map<String, String> answers = new LinkedHashMap<>();
    private @Nullable String mode;
    private int step;
    private @Nullable String go;

    boolean readAloud() {
        return READ_ALOUD.equals(mode);
    }

    Administration administration(String instrumentId) {
        return new Administration(instrumentId, answers, sessionId == null ? null : new SessionId(sessionId));
    }

    public @Nullable String getInstrument() { return instrument; }
    public void setInstrument(@Nullable String instrument) { this.instrument = instrument; }
    public @Nullable UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) { this.submissionKey = submissionKey; }
    public @Nullable UUID getSessionId() { return sessionId; }
    public void setSessionId(@Nullable UUID sessionId) { this.sessionId = sessionId; }
    public Map<String, String> getAnswers() { return answers; }
    public void setAnswers(Map<String, String> answers) { this.answers = answers; }
    public @Nullable String getMode() { return mode; }
    public void setMode(@Nullable String mode) { this.mode = mode; }
    public int getStep() { return step; }
    public void setStep(int step) { this.step = step; }
    public @Nullable String getGo() { return go; }
    public void setGo(@Nullable String go) { this.go = go; }
}
