package com.smartpick.advising.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * A kept browser starts the next session as a new one would: nothing the last session left on a page's origin
 * (cookie, local or session storage), one tab, the first window size, and a console of its own. Skipped where Chromium
 * is not installed.
 */
class ChromiumTest {

    @Test
    void a_kept_browser_starts_the_next_session_with_nothing_of_the_last() throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            byte[] page = "<!doctype html><html lang=en><title>a page</title></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        String page = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
        try {
            Chromium first = Chromium.start();
            WebDriver browser = first.driver;
            Dimension firstSize = browser.manage().window().getSize();
            browser.get(page);
            first.driver.executeScript("""
                    document.cookie = 'who=first; path=/';
                    localStorage.setItem('who', 'first');
                    sessionStorage.setItem('who', 'first');
                    console.error('written by the first session');
                    """);
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.switchTo().newWindow(WindowType.TAB);
            first.close();

            Chromium next = Chromium.start();
            try {
                assertThat(next.driver).as("the browser the first session had, kept").isSameAs(browser);
                assertThat(next.driver.getWindowHandles()).hasSize(1);
                assertThat(next.driver.manage().window().getSize()).isEqualTo(firstSize);
                assertThat(next.consoleMessages()).doesNotContain("written by the first session");
                next.driver.get(page);
                @SuppressWarnings("unchecked")
                List<Object> leftBehind = (List<Object>) next.driver.executeScript("""
                        return [document.cookie, localStorage.getItem('who'), sessionStorage.getItem('who')];
                        """);
                assertThat(leftBehind).as("cookie, local and session storage").containsExactly("", null, null);
            } finally {
                next.close();
            }
        } finally {
            site.stop(0);
        }
    }
}
