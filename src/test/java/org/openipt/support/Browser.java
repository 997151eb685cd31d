package org.openipt.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.ViewportSize;

/**
 * The system Chromium driven by Playwright, for browser tests ({@code *IT}). Register it in a test class with
 * {@code @RegisterExtension static final Browser browser = new Browser();}. It starts Playwright and Chromium once
 * per class and gives every test a fresh context (no cookies, no session) and page, at desktop width.
 *
 * <p>Chromium is {@code /usr/bin/chromium}, or the executable named by the environment variable
 * {@code OPENIPT_CHROMIUM}. Where it is missing the tests are <em>skipped</em> with a loud message, except when
 * {@code CI=true} or {@code OPENIPT_REQUIRE_BROWSER=true}: there a missing browser fails the build.
 *
 * <p>{@link #checkAccessibility(Page)} runs axe-core (WCAG 2.0/2.1 A and AA) on the current page and fails on
 * every serious or critical violation; {@link #checkAccessibilityAtBothWidths(Page)} does so at desktop and at phone
 * width. Uncaught script errors and Content-Security-Policy refusals on any page fail the test too.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestInstancePreConstructCallback,
        BeforeEachCallback, AfterEachCallback {

    public static final ViewportSize DESKTOP = new ViewportSize(1280, 800);
    public static final ViewportSize PHONE = new ViewportSize(360, 800);

    static final Path DEFAULT_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private @Nullable String skipReason;
    private com.microsoft.playwright.@Nullable Browser chromium;
    private @Nullable BrowserContext context;
    private @Nullable Page page;
    private final List<String> pageProblems = new CopyOnWriteArrayList<>();
    private static final Set<String> SUBRESOURCES = Set.of("script", "stylesheet", "font", "image");

    @Override
    public void beforeAll(ExtensionContext extension) {
        Path executable = chromiumExecutable();
        if (!Files.isExecutable(executable)) {
            String message = "Chromium was not found at " + executable + " (set OPENIPT_CHROMIUM to another executable,"
                    + " or install it: apt-get install chromium). " + extension.getDisplayName()
                    + " needs it to run the browser tests.";
            if (browserRequired()) {
                Assertions.fail(message + " CI=true or OPENIPT_REQUIRE_BROWSER=true: a missing browser fails the build.");
            }
            System.err.println();
            System.err.println("*".repeat(100));
            System.err.println("*** BROWSER TESTS SKIPPED: " + message);
            System.err.println("*** Set CI=true or OPENIPT_REQUIRE_BROWSER=true to make this a failure.");
            System.err.println("*".repeat(100));
            System.err.println();
            // Each test aborts before its instance (and so its Spring context) is made: reported as skipped.
            skipReason = "Browser tests skipped: " + message;
            return;
        }
        // one Chromium for the whole test run (each test still gets a fresh browser context): starting Playwright's
        // driver and a browser for every class cost seconds each; the root store closes it when the run ends
        chromium = extension.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class))
                .computeIfAbsent(SharedChromium.class, key -> new SharedChromium(executable), SharedChromium.class)
                .chromium();
    }

    /** Playwright and its Chromium, shared by every browser test of the run and closed after the last. */
    private record SharedChromium(Playwright playwright, com.microsoft.playwright.Browser chromium)
            implements AutoCloseable {

        SharedChromium(Path executable) {
            this(Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))), executable);
        }

        private SharedChromium(Playwright playwright, Path executable) {
            this(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run", "--disable-gpu"))));
        }

        @Override
        public void close() {
            chromium.close();
            playwright.close();
        }
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext extension) {
        skipIfNoBrowser();
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        skipIfNoBrowser();
        pageProblems.clear();
        context = started(chromium).newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(DESKTOP).setLocale("en-GB"));
        Page opened = context.newPage();
        watchForProblems(opened);
        page = opened;
    }

    /**
     * What a page must never do, whichever test visits it: throw a script error, log a console error (a refused
     * Content-Security-Policy, a failed fetch), or fail to load a script, stylesheet, font or picture it asks for. A
     * page answered with an error status itself (a form sent back with 422) is not a problem: its subresources are.
     */
    private void watchForProblems(Page opened) {
        opened.onPageError(error -> pageProblems.add("script error on " + opened.url() + ": " + error));
        opened.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                pageProblems.add("console error on " + opened.url() + ": " + message.text());
            }
        });
        opened.onRequestFailed(request -> {
            // ERR_ABORTED: the page was left (a click, a navigation) before the load finished, which is no fault
            if (SUBRESOURCES.contains(request.resourceType()) && !"net::ERR_ABORTED".equals(request.failure())) {
                pageProblems.add(request.resourceType() + " did not load on " + opened.url() + ": " + request.url()
                        + " (" + request.failure() + ")");
            }
        });
        opened.onResponse(response -> {
            if (SUBRESOURCES.contains(response.request().resourceType()) && response.status() >= 400) {
                pageProblems.add(response.request().resourceType() + " answered " + response.status() + " on "
                        + opened.url() + ": " + response.url());
            }
        });
    }

    /** The problems the pages of this test reported so far, which are then forgotten (for the check's own test). */
    List<String> takeProblems() {
        List<String> taken = List.copyOf(pageProblems);
        pageProblems.clear();
        return taken;
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
            context = null;
        }
        page = null;
        if (!pageProblems.isEmpty() && extension.getExecutionException().isEmpty()) {
            Assertions.fail("The pages reported problems:\n  " + String.join("\n  ", pageProblems));
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        skipReason = null;
        chromium = null;
    }

    /** This test's page, in its own fresh browser context. */
    public Page page() {
        return started(page);
    }

    /**
     * Signs in on the application's own login page at {@code baseUrl} with a fixture account's e-mail (the password
     * is {@link Fixtures#PASSWORD}) and waits until the login page is left.
     */
    public static void signIn(Page page, String baseUrl, String email) {
        enterPassword(page, baseUrl, email);
        page.waitForURL(address -> !address.contains("/login"));
    }

    /** The first step of signing in: a fixture account's e-mail and password sent from the sign-in page. */
    public static void enterPassword(Page page, String baseUrl, String email) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /**
     * Keeps how the page looks at desktop and phone width in {@code target/screenshots}, for people to look at, and
     * checks that the page fits the width without scrolling sideways (only wide tables scroll, in their own box). The
     * PostgreSQL run checks the width too but keeps no pictures: they would be the H2 run's again, at a cost in time.
     */
    public static void screenshots(Page page, String name) {
        for (ViewportSize size : List.of(DESKTOP, PHONE)) {
            page.setViewportSize(size.width, size.height);
            Integer width = (Integer) page.evaluate("() => document.documentElement.scrollWidth");
            if (width > size.width) {
                Assertions.fail(name + " scrolls sideways at " + size.width + " px: it is " + width + " px wide");
            }
            if (!TestDatabase.isPostgres()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Paths.get("target", "screenshots", name + "-" + size.width + ".png")));
            }
        }
        page.setViewportSize(DESKTOP.width, DESKTOP.height);
    }

    /** Switches the interface to Spanish with the picker in the header, runs {@code check}, and back to English. */
    public static void inSpanish(Page page, Runnable check) {
        choose(page, "Language", "Español", "Change");
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "es");
        check.run();
        choose(page, "Idioma", "English", "Cambiar");
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    private static void choose(Page page, String label, String language, String button) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(language));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** The page's main heading, by its exact text. */
    public static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }

    /**
     * Runs axe on the current page as it is now, and fails listing every serious or critical violation (every
     * violation on a page clients use: {@link #clientFacing}).
     */
    public void checkAccessibility(Page page) {
        requireEnhancementsActive(page);
        List<String> violations = violations(page, label(page));
        if (!violations.isEmpty()) {
            Assertions.fail(report(page, violations));
        }
    }

    /**
     * Runs axe on the current page at desktop width and again at phone width (by resizing the viewport, without
     * reloading), then restores the width the page had; fails listing every serious or critical violation found
     * at either width.
     */
    public void checkAccessibilityAtBothWidths(Page page) {
        requireEnhancementsActive(page);
        ViewportSize before = page.viewportSize();
        List<String> violations = new ArrayList<>();
        try {
            page.setViewportSize(DESKTOP.width, DESKTOP.height);
            violations.addAll(violations(page, "desktop " + DESKTOP.width + "x" + DESKTOP.height));
            page.setViewportSize(PHONE.width, PHONE.height);
            violations.addAll(violations(page, "phone " + PHONE.width + "x" + PHONE.height));
        }
        finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
        if (!violations.isEmpty()) {
            Assertions.fail(report(page, violations));
        }
    }

    /** A page that uses htmx has it loaded: without it every enhancement would quietly fall back. */
    private static void requireEnhancementsActive(Page page) {
        Object active = page.evaluate("() => !document.querySelector('[hx-get],[hx-post],[hx-put],[hx-patch],"
                + "[hx-delete]') || typeof window.htmx === 'object'");
        if (!Boolean.TRUE.equals(active)) {
            Assertions.fail("htmx is not active on " + page.url() + ", which uses it: its script did not load");
        }
    }

    private static List<String> violations(Page page, String where) {
        // Only the violations are read: axe then keeps one node, not every node, of each rule that passed, which
        // makes an analysis several times quicker on a long page without checking less.
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // Legacy mode runs axe inside the page itself; the default opens a second page to merge the results of each
        // frame, which costs a page and a fresh copy of axe per check. Our pages have no frames, so nothing is lost.
        AxeResults results = new AxeBuilder(page).setLegacyMode(true).options(options).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            Assertions.fail("axe could not analyse " + page.url() + " (" + where + "): " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!clientFacing(page.url()) && (rule.getImpact() == null || !FAILING_IMPACTS.contains(rule.getImpact()))) {
                continue;
            }
            StringBuilder line = new StringBuilder().append('[').append(where).append("] ").append(rule.getId())
                    .append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp()).append(" <")
                    .append(rule.getHelpUrl()).append('>');
            for (CheckedNode node : rule.getNodes()) {
                line.append("\n      at ").append(node.getTarget()).append(": ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    line.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
                }
            }
            found.add(line.toString());
        }
        return found;
    }

    /**
     * The pages clients and people looking for help use (the portal, account set-up, self-referral) may have no
     * violation at all, whatever its impact; staff pages none that is serious or critical.
     */
    static boolean clientFacing(String url) {
        String path = java.net.URI.create(url).getPath();
        if (path == null) {
            return false; // about:blank, a page set in the test itself
        }
        return path.equals("/me") || path.startsWith("/me/") || path.startsWith("/invitation")
                || path.startsWith("/password/") || path.startsWith("/refer") || path.startsWith("/reminders")
                || path.equals("/login");
    }

    private static String report(Page page, List<String> violations) {
        return "axe found " + violations.size() + (clientFacing(page.url()) ? "" : " serious or critical")
                + " accessibility violation(s) on " + page.url()
                + " (\"" + page.title() + "\"):\n  " + String.join("\n  ", violations);
    }

    private static String label(Page page) {
        ViewportSize size = page.viewportSize();
        return size == null ? "viewport unknown" : size.width + "x" + size.height;
    }

    private void skipIfNoBrowser() {
        if (skipReason != null) {
            Assumptions.abort(skipReason);
        }
    }

    static Path chromiumExecutable() {
        String configured = System.getenv("OPENIPT_CHROMIUM");
        return configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Paths.get(configured);
    }

    static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("OPENIPT_REQUIRE_BROWSER"));
    }

    private static <T> T started(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the browser is not started: register Browser with @RegisterExtension"
                    + " on a static field");
        }
        return value;
    }
}
