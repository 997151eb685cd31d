package org.openipt.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.openipt.identity.SignedInSessions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import jakarta.servlet.http.HttpServletResponse;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Tells the application when a session ends (the unsent-drafts keeper remembers whose it was). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * bcrypt, marked {@code {bcrypt}} so that another algorithm can follow one day; the work factor of new hashes is
     * {@code openipt.password.bcrypt-strength} (each stored hash is checked at its own).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${openipt.password.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /**
     * The JSON API: stateless, HTTP Basic over TLS in production, no cookies and so no CSRF token. Its client and
     * course resources are for the same roles as the client and course pages.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, SignInThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/clients/**", "/api/v1/courses/**").hasAnyRole("CLINICIAN", "SUPERVISOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof AuthenticationServiceException) { // the accounts could not be read: no database
                        response.setHeader("Retry-After", "10");
                        problem(response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", messages,
                                request.getLocale());
                    }
                    else {
                        problem(response, HttpStatus.UNAUTHORIZED, "error.signInRequired", messages,
                                request.getLocale());
                    }
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpStatus.FORBIDDEN, "error.forbidden", messages, request.getLocale())))
                .addFilterBefore(new SignInThrottleFilter(throttle, messages), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordOnlyApiAccess(messages), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, UnsentDrafts drafts, SignInThrottle throttle,
            MessageSource messages, SignedInSessions sessions, SignInFlow signIn) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/second-factor", "/login/second-factor/set-up")
                            .permitAll()
                        .requestMatchers("/language", "/invitation", "/invitation/**", "/password/**", "/refer/**", "/reminders/stop", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/me/**").hasRole("CLIENT")
                        .requestMatchers(HttpMethod.GET, "/clients/new").hasRole("CLINICIAN")
                        .requestMatchers("/emergency-access/**", "/emergency-access").hasRole("CLINICIAN")
                        .requestMatchers("/supervision", "/supervision/**").hasRole("SUPERVISOR")
                        .requestMatchers("/caseload/**", "/clients/**", "/courses/**", "/sessions/**", "/referrals",
                                "/referrals/**", "/groups", "/groups/**", "/fidelity", "/reviews", "/reviews/**",
                                "/screening", "/screening/**")
                            .hasAnyRole("CLINICIAN", "SUPERVISOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email")
                        .successHandler(signIn::passwordAccepted)
                        .failureHandler(signInFailures())
                        .permitAll())
                .addFilterBefore(new SignInThrottleFilter(throttle, messages),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(sessions), SecurityContextHolderFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.invalidSessionStrategy(drafts))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/reminders/stop")) // RFC 8058 one-click: the token is the key
                .build();
    }

    /** Not "not recognised" when the accounts could not be read at all (the database is down): try again soon. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(InternalAuthenticationServiceException.class.getName(), "/login?unavailable",
                AuthenticationServiceException.class.getName(), "/login?unavailable"));
        return failures;
    }

    /** An RFC 9457 problem like the API's other errors, its detail in the caller's language. */
    static void problem(HttpServletResponse response, HttpStatus status, String key, MessageSource messages,
            Locale locale) throws IOException {
        String detail = messages.getMessage(key, null, key, locale);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"type\":\"urn:openipt:problem:" + key + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
