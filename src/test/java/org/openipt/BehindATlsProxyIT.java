package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openipt.support.WithMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * OpenIPT behind a proxy that ends TLS and forwards plain HTTP from this host: the proxy's X-Forwarded-* headers make
 * the session cookie Secure, send HSTS and build redirects to the public https address. The same request straight
 * to the application, without them, gets neither (a test, not a browser: the real Tomcat is what reads the headers).
 */
@Tag("database")
class BehindATlsProxyIT extends WithMailServer {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void throughTheProxyTheSessionCookieIsSecureHstsIsSentAndRedirectsStayOnHttps() throws Exception {
        HttpResponse<String> signInPage = http.send(viaProxy("/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(signInPage)).contains("Secure").contains("HttpOnly");

        HttpResponse<String> signInFirst = http.send(viaProxy("/caseload"), HttpResponse.BodyHandlers.ofString());
        assertThat(signInFirst.statusCode()).isEqualTo(302);
        assertThat(signInFirst.headers().firstValue("Location")).hasValue("https://openipt.example.org/login");
    }

    @Test
    void straightToTheApplicationOverPlainHttpThereIsNeither() throws Exception {
        HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(local("/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(signInPage)).doesNotContain("Secure");
    }

    private HttpRequest viaProxy(String path) {
        return HttpRequest.newBuilder(local(path)).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Host", "openipt.example.org")
                .header("X-Forwarded-Port", "443").build();
    }

    private URI local(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
