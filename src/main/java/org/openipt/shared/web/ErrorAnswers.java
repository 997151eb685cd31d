package org.openipt.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One answer to a failure, in the form the asker reads: the HTML error page for a browser, an RFC 9457 problem for
 * the API and for any client that asks for JSON and not HTML. Used by the exception handlers and by the error page
 * the servlet container forwards to, so a failure reads the same wherever it was caught.
 */
@Component
class ErrorAnswers {

    private static final List<MediaType> PROBLEM_TYPES = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    private final MessageSource messages;

    ErrorAnswers(MessageSource messages) {
        this.messages = messages;
    }

    Object answer(HttpServletRequest request, Locale locale, HttpStatus status, String key,
            Map<String, String> fieldErrors) {
        return answer(request, status, "urn:openipt:problem:" + key, messages.getMessage(key, null, key, locale),
                fieldErrors);
    }

    Object answer(HttpServletRequest request, HttpStatus status, String type, String message,
            Map<String, String> fieldErrors) {
        if (wantsProblem(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setType(URI.create(type));
            if (!fieldErrors.isEmpty()) {
                problem.setProperty("errors", fieldErrors);
            }
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                answer.header("Retry-After", "10");
            }
            return answer.body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("problem", message);
        return page;
    }

    /** The API, or a client that accepts JSON and not HTML; a browser (or no Accept at all) gets the page. */
    static boolean wantsProblem(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = forwardedFrom instanceof String uri ? uri : request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(request.getHeader("Accept"));
        }
        catch (IllegalArgumentException unreadable) {
            return false;
        }
        boolean html = accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML)
                && !type.isWildcardType());
        boolean json = accepted.stream().anyMatch(type -> PROBLEM_TYPES.stream().anyMatch(type::equals));
        return json && !html;
    }
}
