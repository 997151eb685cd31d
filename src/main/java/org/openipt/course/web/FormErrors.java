package org.openipt.course.web;

import org.openipt.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts every reason of a broken rule on the form, so the person sees them beside what they typed. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, RuleViolation violation) {
        violation.messageKeys().forEach(key -> errors.reject(key, violation.arguments(), key));
    }
}
