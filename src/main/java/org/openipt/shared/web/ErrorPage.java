package org.openipt.shared.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the servlet container sends a failure no handler answered (one in a filter, an unknown address, a response
 * already given an error status): the error page or problem, never a stack trace. Asked for directly, {@code /error}
 * is simply a page that does not exist.
 */
@Controller
class ErrorPage implements ErrorController {

    private final ErrorAnswers answers;

    ErrorPage(ErrorAnswers answers) {
        this.answers = answers;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = statusOf(request);
        return answers.answer(request, locale, status, messageKey(status), Map.of());
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(code);
        return status == null || status.is2xxSuccessful() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case CONFLICT -> "error.conflict";
            case UNAUTHORIZED -> "error.signInRequired";
            case SERVICE_UNAVAILABLE -> "error.unavailable";
            default -> status.is5xxServerError() ? "error.server" : "error.badRequest";
        };
    }
}
