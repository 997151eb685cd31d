package org.openipt;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.support.Browser;

import com.microsoft.playwright.Page;

/**
 * The check every browser test relies on can fail: axe, as {@link Browser} runs it, reports a page with a serious
 * violation at either width, and passes a clean one. (No application is started.)
 */
class AccessibilityCheckIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aPageWithAnUnlabelledFieldFailsAndACleanOnePasses() {
        Page page = browser.page();
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body><main><h1>Form</h1>"
                + "<input type=\"text\"></main></body></html>");
        assertThatThrownBy(() -> browser.checkAccessibilityAtBothWidths(page)).hasMessageContaining("label");

        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Good</title></head><body><main><h1>Form</h1>"
                + "<label for=\"name\">Name</label><input id=\"name\" type=\"text\"></main></body></html>");
        assertThatCode(() -> browser.checkAccessibilityAtBothWidths(page)).doesNotThrowAnyException();
    }
}
