package org.openipt.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentScoring;
import org.openipt.measures.MeasuresRules;

/** What a self-referral needs, and when it is urgent. Pure. */
public final class ReferralRules {

    /** The languages the referral page offers. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    private ReferralRules() {
    }

    public static List<String> problems(SelfReferralEntry entry, InstrumentDefinition phq9, InstrumentDefinition gad7) {
        List<String> problems = new ArrayList<>();
        if (entry.name() == null) {
            problems.add("referral.name.required");
        }
        else if (entry.name().length() > SelfReferralEntry.NAME_LENGTH) {
            problems.add("referral.name.tooLong");
        }
        if (entry.contact() == null) {
            problems.add("referral.contact.required");
        }
        else if (entry.contact().length() > SelfReferralEntry.CONTACT_LENGTH) {
            problems.add("referral.contact.tooLong");
        }
        if (entry.reason() != null && entry.reason().length() > SelfReferralEntry.REASON_LENGTH) {
            problems.add("referral.reason.tooLong");
        }
        if (entry.language() == null || !LANGUAGES.contains(entry.language())) {
            problems.add("referral.language.required");
        }
        if (entry.format() == null) {
            problems.add("referral.format.required");
        }
        if (!entry.consented() || entry.consentDocumentId() == null) {
            problems.add("referral.consent.required");
        }
        if (!entry.phq9().isEmpty() && !MeasuresRules.problems(phq9, entry.phq9()).isEmpty()
                || !entry.gad7().isEmpty() && !MeasuresRules.problems(gad7, entry.gad7()).isEmpty()) {
            problems.add("referral.answers.invalid");
        }
        return problems;
    }

    /** Urgent when a risk question (PHQ-9 item 9) is answered above zero. */
    public static boolean urgent(SelfReferralEntry entry, InstrumentDefinition phq9) {
        return InstrumentScoring.score(phq9, entry.phq9()).riskFlagged();
    }

    /** An e-mail address to invite the person to the portal with, when their contact is one. */
    public static boolean looksLikeEmail(String contact) {
        return contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
