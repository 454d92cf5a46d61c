package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driving the web UI, through Debian's chromium and chromedriver (never a
 * downloaded one). Waits are explicit; every check of a page also reads the browser console and fails on
 * errors, and screenshots go to target/screenshots at desktop and phone width.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    // a deadline, not a pause: generous because a loaded 2-core CI box renders a page in seconds
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AXE = readAxe();
    /** Fields whose text Ctrl+A selects (a date field's segments do not follow it; a textarea reports "textarea"). */
    private static final Set<String> SELECTABLE = Set.of("text", "email", "password", "search", "tel", "url", "number",
            "textarea");

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Browser(URL server) {
        if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
            fail("the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium "
                    + "chromium-driver (.ci/run installs them)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(DESKTOP);
        this.base = server.toString().replaceAll("/$", "");
        this.wait = new WebDriverWait(driver, WAIT);
    }

    private static String readAxe() {
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test resources (axe/axe.min.js)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a page of the UI, e.g. {@code /#/signin}. */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Moves within the single-page app without reloading it. */
    Browser route(String hashPath) {
        driver.executeScript("location.hash = arguments[0]", hashPath);
        return this;
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Browser click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /**
     * Empties a field and types into it. {@code clear()} fires no input event, so the page's state still holds the
     * old text and a re-render between clearing and typing (an answer arriving) puts it back; in a text field the
     * typing therefore goes over a selection of whatever is there, as a person's would.
     */
    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        if (SELECTABLE.contains(String.valueOf(field.getAttribute("type")))) {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        } else {
            field.sendKeys(text);
        }
        return this;
    }

    /**
     * Replaces a field's text as a person would, selecting it all and typing over it: unlike {@link #type}'s
     * {@code clear()}, which fires no input event, the page's state follows every step, so a re-render between
     * the two (an answer arriving) cannot put the old text back in front of the new.
     */
    Browser replace(String css, String text) {
        find(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    /** Chooses a file in a file input, as a person picking it in the file dialog. */
    Browser attach(String css, java.nio.file.Path file) {
        find(css).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Waits until the element shows a status badge with this value. */
    Browser waitForBadge(String css, String value) {
        return waitForBadge(css, value, WAIT);
    }

    Browser waitForBadge(String css, String value, Duration within) {
        new WebDriverWait(driver, within).withMessage(() -> "page shows: " + pageText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css + " [data-value='" + value + "']")));
        return this;
    }

    private String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Browser waitForCount(String css, int count) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "page shows: " + pageText())
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), count));
        return this;
    }

    /** Waits until one of the elements the selector matches shows this text (a toast among others, say). */
    Browser waitForText(String css, String text) {
        // a toast can leave the page between being found and being read: look again then
        new WebDriverWait(driver, WAIT).withMessage(() -> "no " + css + " with \"" + text + "\"; page shows: "
                        + pageText())
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
        return this;
    }

    /** Waits until the element's text is no longer what it is now (a countdown ticking, say). */
    Browser waitForTextChange(String css) {
        String now = text(css);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector(css), now)));
        return this;
    }

    /**
     * Presses Tab (Shift+Tab when the element comes before the focus), as a keyboard-only user would, until
     * the focused element matches the selector; fails when it is not reached within 80 presses.
     */
    Browser tabTo(String css) {
        find(css);
        boolean back = Boolean.TRUE.equals(script("const a = document.activeElement, t = document.querySelector(arguments[0]);"
                + "return !!a && a !== document.body && !!(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING)", css));
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(script("return !!document.activeElement && document.activeElement.matches(arguments[0])", css))) {
                return this;
            }
            new Actions(driver).sendKeys(back ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB).perform();
        }
        return fail("no keyboard path to " + css + " within 80 presses of Tab; focus is on "
                + script("return document.activeElement && document.activeElement.outerHTML"));
    }

    /** Types into whatever has the focus (Enter, text). */
    Browser press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** From the next page load on, keeps the page's WebSockets reachable, so a test can cut them. */
    Browser recordWebSockets() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.testSockets = []; const Native = window.WebSocket;"
                        + "window.WebSocket = function (...args) { const s = new Native(...args);"
                        + " window.testSockets.push(s); return s; };"
                        + "window.WebSocket.prototype = Native.prototype;"
                        + "Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });"));
        return this;
    }

    /** Closes the page's open WebSockets, as a network blip would. */
    Browser dropWebSockets() {
        script("window.testSockets.filter(s => s.readyState === 1).forEach(s => s.close())");
        return this;
    }

    Browser signIn(String email, String password) {
        open("/#/signin");
        type("#f-email", email).type("#f-password", password).click("#signin-submit");
        find("#current-user");
        return this;
    }

    /**
     * Saves the page at desktop and phone width, then fails on console errors, on unlabelled fields and on
     * serious or critical accessibility violations at either width.
     */
    Browser check(String page) {
        screenshot(page);
        assertNoConsoleErrors(page);
        assertFieldsLabelled(page);
        assertAccessible(page);
        return this;
    }

    /**
     * Runs axe-core (vendored in the test resources: no test downloads it) over the page at both widths and
     * fails on any serious or critical violation of WCAG 2.x A/AA.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
                script(AXE);
            }
            List<String> violations = (List<String>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },"
                            + " resultTypes: ['violations'] })"
                            + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                            + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                            + ".catch(e => done(['axe failed: ' + e]));");
            assertTrue(violations.isEmpty(), () -> "accessibility violations on " + page + " at " + size + ": "
                    + violations);
        }
        driver.manage().window().setSize(DESKTOP);
    }

    @SuppressWarnings("unchecked")
    void assertFieldsLabelled(String page) {
        List<String> unlabelled = (List<String>) script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(f => f.labels.length === 0 && !f.getAttribute('aria-label'))"
                + ".map(f => f.outerHTML)");
        assertTrue(unlabelled.isEmpty(), () -> "fields without a label on " + page + ": " + unlabelled);
    }

    void screenshot(String page) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(page + "-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(PHONE);
            Files.write(SCREENSHOTS.resolve(page + "-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets what the console held, after a step that fails on purpose. */
    void discardConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    void assertNoConsoleErrors(String page) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertTrue(errors.isEmpty(), () -> "console errors on " + page + ": " + errors);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
