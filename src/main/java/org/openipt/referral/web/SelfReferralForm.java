package org.openipt.referral.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.referral.ReferralFormat;
import org.openipt.referral.SelfReferralEntry;
import org.openipt.shared.web.FormSubmission;

/**
 * The public referral form. {@code website} is the field people cannot see: only a bot fills it in. Empty answers
 * are not sent (an unanswered question stays unanswered).
 */
public class SelfReferralForm {

    private @Nullable String name;
    private @Nullable String contact;
    private @Nullable String reason;
    private @Nullable String language;
    private @Nullable ReferralFormat format;
    private Map<String, String> phq9 = new LinkedHashMap<>();
    private Map<String, String> gad7 = new LinkedHashMap<>();
    private @Nullable UUID consentDocumentId;
    private boolean consented;
    private @Nullable String website;
    private UUID submissionKey = UUID.randomUUID();

    SelfReferralEntry entry() {
        return new SelfReferralEntry(name, contact, reason, language, format, answered(phq9), answered(gad7),
                consentDocumentId, consented);
    }

    boolean botField() {
        return website != null && !website.isBlank();
    }

    private static Map<String, String> answered(Map<String, String> answers) {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((item, code) -> {
            if (code != null && !code.isBlank()) {
                given.put(item, code);
            }
        });
        return given;
    }

    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getContact() { return contact; }
    public void setContact(@Nullable String contact) { this.contact = contact; }
    public @Nullable String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason; }
    public @Nullable String getLanguage() { return language; }
    public void setLanguage(@Nullable String language) { this.language = language; }
    public @Nullable ReferralFormat getFormat() { return format; }
    public void setFormat(@Nullable ReferralFormat format) { this.format = format; }
    public Map<String, String> getPhq9() { return phq9; }
    public void setPhq9(Map<String, String> phq9) { this.phq9 = phq9; }
    public Map<String, String> getGad7() { return gad7; }
    public void setGad7(Map<String, String> gad7) { this.gad7 = gad7; }
    public @Nullable UUID getConsentDocumentId() { return consentDocumentId; }
    public void setConsentDocumentId(@Nullable UUID consentDocumentId) { this.consentDocumentId = consentDocumentId; }
    public boolean isConsented() { return consented; }
    public void setConsented(boolean consented) { this.consented = consented; }
    public @Nullable String getWebsite() { return website; }
    public void setWebsite(@Nullable String website) { this.website = website; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
}
