package org.openipt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

/** The accessibility check of the browser tests is not vacuous: it fails on a page with serious problems. */
class AccessibilityCheckIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void failsOnSeriousViolationsAtEitherWidthAndNamesThem() {
        Page page = browser.page();
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body><main>"
                + "<h1>Bad page</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                + "<form><input type=\"text\" name=\"nameless\"><button></button></form></main></body></html>");

        assertThatThrownBy(() -> browser.checkAccessibilityAtBothWidths(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("label (critical)")
                .hasMessageContaining("button-name (critical)")
                .hasMessageContaining("[desktop 1280x800]")
                .hasMessageContaining("[phone " + Browser.PHONE.width + "x" + Browser.PHONE.height + "]")
                .hasMessageContaining("img");
    }

    @Test
    void passesAPlainAccessiblePage() {
        Page page = browser.page();
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Good</title></head><body><main>"
                + "<h1>Good page</h1><form><label for=\"n\">Name</label><input id=\"n\" type=\"text\">"
                + "<button type=\"submit\">Save</button></form></main></body></html>");

        assertThatCode(() -> browser.checkAccessibilityAtBothWidths(page)).doesNotThrowAnyException();
        assertThatCode(() -> browser.checkAccessibility(page)).doesNotThrowAnyException();
    }

    @Test
    void aConsoleErrorAScriptThatDoesNotLoadAndHtmxMissingWhereUsedAreEachReported() {
        Page page = browser.page();
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title>"
                + "<script src=\"http://127.0.0.1:9/missing.js\"></script></head><body><main><h1>Broken</h1>"
                + "<button type=\"button\" hx-post=\"/somewhere\">Send</button>"
                + "<script>console.error('something broke')</script></main></body></html>");

        assertThat(browser.takeProblems()).anySatisfy(problem -> assertThat(problem).contains("console error")
                .contains("something broke")).anySatisfy(problem -> assertThat(problem).startsWith(
                        "script did not load").contains("missing.js"));
        assertThatThrownBy(() -> browser.checkAccessibility(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("htmx is not active");
    }
}
