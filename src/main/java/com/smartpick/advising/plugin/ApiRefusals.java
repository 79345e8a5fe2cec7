package com.smartpick.advising.plugin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Spring's own refusals of a request under the API (a wrong method, a body that is not JSON, a path no endpoint takes)
 * answered as problem details (RFC 9457), as the endpoints answer theirs, with their headers ({@code Allow},
 * {@code Accept}). Left to Spring, they would go to the server's error page, which a host's security may refuse to an
 * anonymous client (its sign-in page instead of a 405), and into the log, with what the client sent.
 */
class ApiRefusals implements HandlerExceptionResolver, Ordered {

    /** Its own, so the answer is the same whatever a host configures Spring's JSON with. */
    private static final JacksonJsonHttpMessageConverter JSON = new JacksonJsonHttpMessageConverter();

    private final String apiPath;

    ApiRefusals(String apiPath) {
        this.apiPath = apiPath;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception exception) {
        if (!(exception instanceof ErrorResponse refusal)
                || !UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith(apiPath + "/")) {
            return null;
        }
        ProblemDetail problem = refusal.getBody();
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
        answer.setStatusCode(refusal.getStatusCode());
        answer.getHeaders().putAll(refusal.getHeaders());
        try {
            JSON.write(problem, MediaType.APPLICATION_PROBLEM_JSON, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** Before Spring's own resolvers, which would send the refusal to the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
