package org.openipt.portal.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.web.FormSubmission;

/** A question for the next session, with the key that makes a double tap store one. */
public class QuestionForm {

    private String question = "";
    private UUID submissionKey = UUID.randomUUID();

    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
}
