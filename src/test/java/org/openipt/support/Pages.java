package org.openipt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Pages as a signed-in person gets them through MockMvc: sign in on the real login form, open a page (expecting
 * 200), post a form with its CSRF token, and the English text of a message key as a page shows it (escaped).
 */
public record Pages(MockMvc mvc, MessageSource messages) {

    /** Signs in with a fixture account's e-mail (the password is {@link Fixtures#PASSWORD}). */
    public MockHttpSession signIn(String email) throws Exception {
        return signIn(mvc, email);
    }

    /** Signs in on the real login form, as every page test does, and answers the signed-in session. */
    public static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
        return signIn(mvc, email, Fixtures.PASSWORD);
    }

    /** As {@link #signIn(MockMvc, String)} with another password (the demo organisation's, for example). */
    public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (result.getResponse().getStatus() != 302 || location == null || location.contains("/login")) {
            throw new IllegalStateException(email + " could not sign in: " + result.getResponse().getStatus() + " "
                    + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public String page(MockHttpSession session, String url) throws Exception {
        MockHttpServletResponse response = open(session, url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    public MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    public MockHttpServletResponse send(MockHttpSession session, String url, String... namesAndValues)
            throws Exception {
        MockHttpServletRequestBuilder request = post(url).session(session).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    public String text(String key, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, Locale.ENGLISH));
    }
}
