package com.smartpick.advising.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.security.OwnSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Spring's {@code /error} page for requests Vaadin does not render (a refused form post, a missing static file, a
 * failure in a filter): the app's colours and one plain sentence instead of the Whitelabel page. Nothing from the
 * request or the exception is written into the page. Last in order, so a host's own error templates still win.
 * Inside a host portal's security only when the host asks for it ({@code advising.host.server-errors}): Spring Boot
 * keeps its own resolver of error templates only while there is no other.
 */
@Component
@Conditional(OwnSecurity.OrServerErrorsAsked.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlainErrorPages implements ErrorViewResolver {

    private final String home;

    public PlainErrorPages(AdvisingProperties properties) {
        this.home = properties.path("");
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView page = new ModelAndView(new Page(status, home));
        page.setStatus(status);
        return page;
    }

    static String explanation(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request could not be understood. Go back and try again.";
            case 401, 403 -> "This request was refused. If you were signing in or saving a form, the page may have "
                    + "been open too long: reload it and try again.";
            case 404 -> "There is no page at this address. Check the address, or go back to the home page.";
            case 503 -> "The portal is temporarily unavailable. Please try again in a minute or two.";
            default -> status.is4xxClientError() ? "This request could not be handled."
                    : "Something went wrong on our side. It has been logged; please try again in a moment.";
        };
    }

    /** The whole page, for a status of any kind: Spring's {@code /error} and Tomcat's own refusals share it. */
    static String html(HttpStatusCode status, String home) {
        String heading = status.value() == 404 ? PageNotFoundError.HEADING
                : status.value() == 403 ? AccessDeniedError.HEADING
                : status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s · SmartPick Advising</title>
                <link rel="stylesheet" href="/themes/advising/styles.css">
                </head><body class="plain-error">
                <main class="error-page"><div class="error-card">
                <span class="error-brand">SmartPick Advising</span>
                <span class="error-status">%1$d</span>
                <h1 id="error-heading">%2$s</h1>
                <p id="error-explanation">%3$s</p>
                <a id="error-home" href="%4$s">Go to the home page</a>
                </div></main></body></html>
                """.formatted(status.value(), Entities.escape(heading), Entities.escape(explanation(status)),
                Entities.escape(home));
    }

    private record Page(HttpStatus status, String home) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            response.setContentType(getContentType());
            response.getOutputStream().write(html(status, home).getBytes(StandardCharsets.UTF_8));
        }
    }
}
