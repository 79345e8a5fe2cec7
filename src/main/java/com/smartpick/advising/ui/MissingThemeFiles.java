package com.smartpick.advising.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file under {@code /themes/} that does not exist answers 404. In development mode Vaadin looks for it in the
 * project's front-end folders and throws when it is not there, which Tomcat answered with a 500 and two full stack
 * traces in the log, for any address anyone cares to type. Mapped onto Vaadin's servlet, so the exception is caught
 * before the servlet container logs it; production mode answers 404 by itself and never gets here.
 */
class MissingThemeFiles implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(MissingThemeFiles.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathWithinVaadin((HttpServletRequest) request);
        if (!path.startsWith("/themes/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException notFound) {
            if (response.isCommitted()) {
                throw notFound;
            }
            LOG.debug("No theme file at {}", path);
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** As Vaadin reads it: the path info under a mapped servlet, the servlet path when forwarded from Spring's. */
    private static String pathWithinVaadin(HttpServletRequest request) {
        return request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
    }
}
