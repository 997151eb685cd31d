package org.openipt.shared.web;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs a change posted by a form: on success a redirect with a notice; on a broken rule the same page again
 * with every reason beside what was typed (422); on a stale version a conflict message with the entry kept (409).
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static String outcome(BindingResult errors, HttpServletResponse response, RedirectAttributes redirect,
            String notice, String redirectTo, Runnable change, Supplier<String> samePage) {
        return outcome(errors, response, redirect, notice, () -> {
            change.run();
            return redirectTo;
        }, redirectPath -> redirectPath, samePage);
    }

    /**
     * As {@link #outcome(BindingResult, HttpServletResponse, RedirectAttributes, String, String, Runnable, Supplier)},
     * when where the person goes next depends on what the change made (the page of the record it created).
     */
    public static <T> String outcome(BindingResult errors, HttpServletResponse response, RedirectAttributes redirect,
            String notice, Supplier<T> change, Function<T, String> redirectTo, Supplier<String> samePage) {
        if (!errors.hasErrors()) {
            try {
                T made = change.get();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + redirectTo.apply(made);
            }
            catch (RuleViolation violation) {
                reject(errors, violation);
            }
            catch (OptimisticLockingFailureException conflict) {
                errors.reject("error.conflict");
                response.setStatus(HttpStatus.CONFLICT.value());
                return samePage.get();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return samePage.get();
    }

    /** Puts every reason of a broken rule on the form, so the person sees them beside what they typed. */
    /**
     * The submission key a form was sent with, or a new one when it came without (a crafted or broken request): it
     * is then stored once, like any submission, rather than refused for a field the person never sees.
     */
    public static UUID keyOrNew(@Nullable UUID submissionKey) {
        return submissionKey == null ? UUID.randomUUID() : submissionKey;
    }

    public static void reject(BindingResult errors, RuleViolation violation) {
        violation.messageKeys().forEach(key -> errors.reject(key, violation.arguments(), key));
    }
}
