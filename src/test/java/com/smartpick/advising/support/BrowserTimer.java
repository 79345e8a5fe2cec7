package com.smartpick.advising.support;

import com.smartpick.advising.journey.BrowserSession;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a person waits for in headless Chromium, for the benchmarks: a time taken in the page
 * ({@code performance.now()}), for a page from the start of the navigation, for an action from the click. It ends at
 * the first painted frame after the page shows what was asked for and Vaadin has no request open. Network, server, the
 * browser's work: all of it, on this machine. With the SQL statements the server ran meanwhile
 * ({@link StatementCounter}: the portal must have it, as {@link DemoPortal}'s has).
 */
public final class BrowserTimer {

    /** A time in the browser and the statements the server ran meanwhile. */
    public record Timed(double millis, int statements) {
    }

    /** True once Vaadin has started and no request of its is open. */
    private static final String IDLE = """
            const idle = () => {
                const flow = window.Vaadin && window.Vaadin.Flow;
                return !!(flow && flow.clients) && Object.values(flow.clients).every(client => !client.isActive());
            };
            """;

    /** Resolves, with the time since the navigation started, once {@code count} elements match the selector. */
    private static final String PAGE_READY = IDLE + """
            const selector = arguments[0], count = arguments[1], done = arguments[arguments.length - 1];
            (function poll() {
                if (document.querySelectorAll(selector).length === count && idle()) {
                    requestAnimationFrame(() => setTimeout(() => done(performance.now())));
                } else {
                    setTimeout(poll, 5);
                }
            })();
            """;

    /**
     * Clicks (or sets a slider's value and tells Vaadin), then resolves with the time until {@code shown()} (the
     * function body spliced in, reading its arguments as {@code args}) holds and Vaadin is idle.
     */
    private static final String ACT_AND_WAIT = """
            const target = arguments[0], value = arguments[1], args = arguments[2];
            const done = arguments[arguments.length - 1];
            const started = performance.now();
            const element = document.querySelector(target);
            if (value === null) {
                element.click();
            } else {
                element.value = value;
                element.dispatchEvent(new Event('input', {bubbles: true}));
                element.dispatchEvent(new Event('change', {bubbles: true}));
            }
            (function poll() {
                if (shown() && idle()) {
                    requestAnimationFrame(() => setTimeout(() => done(performance.now() - started)));
                } else {
                    setTimeout(poll, 5);
                }
            })();
            """;

    /** The first element matching {@code args[0]} has the text {@code args[1]}, or exactly {@code args[2]} match. */
    private static final String ELEMENTS_SHOWN = """
            const all = document.querySelectorAll(args[0]), text = args[1], count = args[2];
            return count >= 0 ? all.length === count
                    : all.length > 0 && (text === null || all[0].textContent.trim() === text);
            """;

    private BrowserTimer() {
    }

    /** A browser signed in with a demo account, whose timed scripts may run for two minutes. */
    public static BrowserSession signedIn(int port, String username) {
        BrowserSession session = new BrowserSession(port);
        session.driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        session.signInWithDemoAccount(username);
        return session;
    }

    /** Opens {@code path}: the time until {@code count} elements match {@code selector}. */
    public static Timed pageLoad(BrowserSession browser, String path, String selector, int count) {
        double[] millis = new double[1];
        int statements = StatementCounter.INSTANCE.during(() -> {
            browser.open(path);
            millis[0] = ((Number) script(browser).executeAsyncScript(PAGE_READY, selector, count)).doubleValue();
        });
        return new Timed(millis[0], statements);
    }

    /**
     * Clicks {@code target} (or, with a {@code value}, sets it and tells Vaadin as an input does): the time until the
     * first element matching {@code awaited} has {@code text} (any text, when null), or, with {@code count} of 0 or
     * more, until exactly that many match.
     */
    public static Timed act(BrowserSession browser, String target, @Nullable String value, String awaited,
            @Nullable String text, int count) {
        return act(browser, target, value, ELEMENTS_SHOWN, awaited, text, count);
    }

    /**
     * Clicks {@code target} (or sets its {@code value}): the time until {@code shown} holds, the body of a JavaScript
     * function returning true once the page shows the result, which reads {@code args} as its arguments.
     */
    public static Timed act(BrowserSession browser, String target, @Nullable String value, String shown,
            @Nullable Object... args) {
        String act = IDLE + "const shown = () => {\n" + shown + "\n};\n" + ACT_AND_WAIT;
        double[] millis = new double[1];
        int statements = StatementCounter.INSTANCE.during(() -> millis[0] = ((Number) script(browser)
                .executeAsyncScript(act, target, value, Arrays.asList(args))).doubleValue());
        return new Timed(millis[0], statements);
    }

    /** Waits, untimed, until Vaadin has no request open. */
    public static void awaitIdle(BrowserSession browser) {
        browser.wait.until(driver -> script(browser).executeScript(IDLE + "return idle();"));
    }

    public static JavascriptExecutor script(BrowserSession browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
