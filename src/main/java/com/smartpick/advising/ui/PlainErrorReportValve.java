package com.smartpick.advising.ui;

import com.smartpick.advising.security.SecurityHeaders;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's page for a request it refuses before the application sees it (a NUL or an encoded slash in the path, an
 * over-long request line or header, a broken escape): the app's plain error page with the security headers, where
 * Tomcat wrote its own page with neither. Errors the application answered itself keep their own page: a response that
 * has a body already is left alone, as Tomcat's valve does.
 */
class PlainErrorReportValve extends ErrorReportValve {

    private final SecurityHeaders headers;
    private final String home;

    PlainErrorReportValve(SecurityHeaders headers, String home) {
        this.headers = headers;
        this.home = home;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            headers.writeTo(request, response);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(PlainErrorPages.html(HttpStatusCode.valueOf(response.getStatus()), home));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGoneOrResponseSpent) {
            // as Tomcat's own valve: nothing more can be told to this client
        }
    }
}
