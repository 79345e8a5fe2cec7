package com.smartpick.advising.ui;

import com.smartpick.advising.security.OwnSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failure no one handled in a Spring MVC request (the JSON API, the calendar feed, a host's controllers): logged
 * once, as one event naming the method, the path and the exception (its stack trace under it), and answered with
 * the 500 error page. Left to itself, the exception went out of the servlet, where Tomcat logged it with its stack
 * trace before the error page was rendered. Last in order: what Spring or a controller advice answers is no failure.
 */
@Component
@Conditional(OwnSecurity.OrServerErrorsAsked.class)
class UnhandledRequestErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledRequestErrors.class);

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception failure) {
        if (response.isCommitted()) {
            return null;
        }
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), failure);
        try {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
