package org.openipt.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the few failures a user can cause into a clear answer: an HTML page for people, an RFC 9457 problem
 * for the API. Nothing here echoes input or stack traces, so no health information leaks into an error. It runs
 * before Spring Boot's generic problem-details handler, which would otherwise answer binding and conversion
 * failures itself (in JSON, even to a browser, and quoting the rejected value).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private final MessageSource messages;
    private final ErrorAnswers answers;

    ErrorHandling(MessageSource messages, ErrorAnswers answers) {
        this.messages = messages;
        this.answers = answers;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request, Locale locale) {
        return answers.answer(request, locale, HttpStatus.NOT_FOUND, "error.notFound", Map.of());
    }

    /** A malformed id in the path names nothing (404); a malformed query parameter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request, Locale locale) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(request, locale);
        }
        return answers.answer(request, locale, HttpStatus.BAD_REQUEST, "error.badRequest", Map.of());
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation violation, HttpServletRequest request, Locale locale) {
        String message = violation.messageKeys().stream()
                .map(key -> messages.getMessage(key, violation.arguments(), key, locale))
                .collect(java.util.stream.Collectors.joining(" "));
        return answers.answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "urn:openipt:problem:" + violation.messageKey(), message,
                Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(HttpServletRequest request, Locale locale) {
        return answers.answer(request, locale, HttpStatus.CONFLICT, "error.conflict", Map.of());
    }

    @ExceptionHandler({ BindException.class, HandlerMethodValidationException.class,
            HttpMessageNotReadableException.class, MissingServletRequestParameterException.class })
    Object badRequest(Exception exception, HttpServletRequest request, Locale locale) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (exception instanceof BindException bind) {
            bind.getFieldErrors().forEach(error -> fieldErrors.put(error.getField(),
                    messages.getMessage(error, locale)));
        }
        if (exception.getCause() instanceof JacksonException unreadable && !unreadable.getPath().isEmpty()) {
            fieldErrors.put(fieldOf(unreadable), messages.getMessage(typeMismatchKey(unreadable), null,
                    messages.getMessage("error.badRequest", null, locale), locale));
        }
        return answers.answer(request, locale, HttpStatus.BAD_REQUEST, "error.badRequest", fieldErrors);
    }

    /** The JSON field a value could not be read for, as {@code sessions} or {@code answers[2].value}. */
    private static String fieldOf(JacksonException unreadable) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : unreadable.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            }
            else {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The same message a form gives for a value of the wrong kind ("Enter a whole number."), where there is one. */
    private static String typeMismatchKey(JacksonException unreadable) {
        Class<?> target = unreadable instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "typeMismatch.int";
        }
        return target == null ? "error.badRequest" : "typeMismatch." + target.getName();
    }

    /**
     * Unknown addresses and methods: Spring would answer these in JSON even to a browser; here they get the page (or
     * a problem, for the API).
     */
    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class })
    Object unknownAddress(ErrorResponse unknown, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        HttpStatus status = HttpStatus.valueOf(unknown.getStatusCode().value());
        unknown.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return answers.answer(request, locale, status, ErrorPage.messageKey(status), Map.of());
    }

    /**
     * The database cannot be reached: say so at once (503), so that nobody waits or thinks their entry was kept. A
     * save that lost a race no service turned into its winner's result is a conflict (409), never a server error.
     */
    @ExceptionHandler({ DataAccessException.class, TransactionException.class })
    Object databaseFailure(Exception failure, HttpServletRequest request, Locale locale) throws Exception {
        if (DatabaseUnavailable.causedBy(failure)) {
            return answers.answer(request, locale, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", Map.of());
        }
        if (Conflicts.lostRace(failure)) {
            return answers.answer(request, locale, HttpStatus.CONFLICT, "error.conflict", Map.of());
        }
        throw failure;
    }
}
