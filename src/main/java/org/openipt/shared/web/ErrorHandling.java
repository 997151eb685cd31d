package org.openipt.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

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

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request, Locale locale) {
        return answer(request, locale, HttpStatus.NOT_FOUND, "error.notFound", new Object[0], Map.of());
    }

    /** A malformed id in the path names nothing (404); a malformed query parameter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request, Locale locale) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(request, locale);
        }
        return answer(request, locale, HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0], Map.of());
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation violation, HttpServletRequest request, Locale locale) {
        String message = violation.messageKeys().stream()
                .map(key -> messages.getMessage(key, violation.arguments(), key, locale))
                .collect(java.util.stream.Collectors.joining(" "));
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "urn:openipt:problem:" + violation.messageKey(), message,
                Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(HttpServletRequest request, Locale locale) {
        return answer(request, locale, HttpStatus.CONFLICT, "error.conflict", new Object[0], Map.of());
    }

    @ExceptionHandler({ BindException.class, HandlerMethodValidationException.class,
            HttpMessageNotReadableException.class, MissingServletRequestParameterException.class })
    Object badRequest(Exception exception, HttpServletRequest request, Locale locale) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (exception instanceof BindException bind) {
            bind.getFieldErrors().forEach(error -> fieldErrors.put(error.getField(),
                    messages.getMessage(error, locale)));
        }
        return answer(request, locale, HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0], fieldErrors);
    }

    private Object answer(HttpServletRequest request, Locale locale, HttpStatus status, String key, Object[] args,
            Map<String, String> fieldErrors) {
        return answer(request, status, "urn:openipt:problem:" + key, messages.getMessage(key, args, key, locale),
                fieldErrors);
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String type, String message,
            Map<String, String> fieldErrors) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setType(URI.create(type));
            if (!fieldErrors.isEmpty()) {
                problem.setProperty("errors", fieldErrors);
            }
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("problem", message);
        return page;
    }
}
