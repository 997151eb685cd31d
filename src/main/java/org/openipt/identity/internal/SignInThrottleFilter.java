package org.openipt.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stops a sign-in attempt that must still wait ({@link SignInThrottle}) before any account is read or password
 * hashed: the sign-in form goes back to the sign-in page saying how long, an API request gets 429 with Retry-After.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final MessageSource messages;

    SignInThrottleFilter(SignInThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = attemptedAccount(request);
        Duration wait = account.map(name -> throttle.waitBefore(request.getRemoteAddr(), name)).orElse(Duration.ZERO);
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = SignInThrottle.seconds(wait);
        if (isSignInForm(request)) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        SecurityConfiguration.problem(response, HttpStatus.TOO_MANY_REQUESTS, "login.wait.api", messages,
                request.getLocale());
    }

    private static Optional<String> attemptedAccount(HttpServletRequest request) {
        if (isSignInForm(request)) {
            return Optional.ofNullable(request.getParameter("email"));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return Optional.of(colon < 0 ? credentials : credentials.substring(0, colon));
        }
        catch (IllegalArgumentException notBase64) {
            return Optional.empty(); // Spring Security refuses it as it stands
        }
    }

    private static boolean isSignInForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }
}
