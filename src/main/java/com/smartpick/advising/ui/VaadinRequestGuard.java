package com.smartpick.advising.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, with a 400 and one line in the log, the Vaadin requests no Vaadin client sends: a UI id that is not a
 * number, a UIDL message that is not a JSON object or whose sync id, client id, resynchronize flag or invocations
 * have the wrong type. Vaadin itself logged each of these with a full stack trace (and answered a heartbeat with a
 * bad UI id with a 500 and two more), so anyone could fill the log by sending them in a loop. What a well-formed
 * message then asks for is Vaadin's to judge; {@link UnexpectedErrorHandler} keeps what it refuses to one line too.
 */
class VaadinRequestGuard implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinRequestGuard.class);
    private static final Pattern UI_ID = Pattern.compile("\\d{1,9}");
    /**
     * Vaadin's default {@code maxRequestBodySize}: it reads a message up to that size whole, and refuses a longer one
     * in one line of its own, so a longer one is passed on unread.
     */
    static final int LONGEST_CHECKED_MESSAGE = 10 * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        Optional<String> requestType = queryParameter(request, "v-r");
        if (requestType.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> uiId = queryParameter(request, "v-uiId");
        if (uiId.isPresent() && !UI_ID.matcher(uiId.get()).matches()) {
            refuse(request, response, "its UI id is not a number");
            return;
        }
        if (!"uidl".equals(requestType.get()) || !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        InputStream body = request.getInputStream();
        byte[] read = body.readNBytes(LONGEST_CHECKED_MESSAGE + 1);
        if (read.length > LONGEST_CHECKED_MESSAGE) {
            chain.doFilter(new ReadAgain(request, new SequenceInputStream(new ByteArrayInputStream(read), body)), response);
            return;
        }
        // an empty message Vaadin answers quietly with the UI's state
        Optional<String> malformed = read.length == 0 ? Optional.empty() : malformedMessage(read);
        if (malformed.isPresent()) {
            refuse(request, response, malformed.get());
            return;
        }
        chain.doFilter(new ReadAgain(request, new ByteArrayInputStream(read)), response);
    }

    static Optional<String> malformedMessage(byte[] body) {
        JsonNode message;
        try {
            message = JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return Optional.of("its message is not JSON");
        }
        if (message == null || !message.isObject()) {
            return Optional.of("its message is not a JSON object");
        }
        for (String number : new String[] {"syncId", "clientId"}) {
            JsonNode value = message.get(number);
            if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
                return Optional.of("its " + number + " is not a whole number");
            }
        }
        JsonNode resynchronize = message.get("resynchronize");
        if (resynchronize != null && !resynchronize.isBoolean()) {
            return Optional.of("its resynchronize flag is not true or false");
        }
        JsonNode invocations = message.get("rpc");
        if (invocations != null && !(invocations.isArray() && invocations.valueStream().allMatch(JsonNode::isObject))) {
            return Optional.of("its invocations are not a list of objects");
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletRequest request, ServletResponse response, String why) throws IOException {
        LOG.warn("Refused a malformed Vaadin request from {}: {}", request.getRemoteAddr(), why);
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * A parameter of the query string only: asking the request for its parameters would read a form-encoded body,
     * which is Vaadin's to read.
     */
    private static Optional<String> queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    return Optional.of("");
                }
            }
        }
        return Optional.empty();
    }

    /** The request with its body read once more, from what was read for the check. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final InputStream body;

        ReadAgain(HttpServletRequest request, InputStream body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return body.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return body.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return body.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the whole body is in memory: all of it is there at once, and then read
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException | RuntimeException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8
                    : Charset.forName(encoding, StandardCharsets.UTF_8);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
