package com.smartpick.advising.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser as the server sees it, without a browser: the portal's sign-in form, a page opened by its
 * address (the HTML, Vaadin's init request and the navigation to the route), navigation through the menu and clicks,
 * as the requests Vaadin's client would send. Keeps its own cookies, so each user is a session of its own; shares the
 * {@link HttpClient} (and its connections) with the others. Not thread-safe: one user, one thread.
 *
 * <p>Every answer is checked before it counts: an HTTP error, Vaadin's session expiry or its error message, or the
 * view's heading (a click: the text it must show) missing, throws {@link LoadError} with its kind.
 */
final class VaadinUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The heading beside the login form, once Vaadin has drawn the login page. */
    private static final String LOGIN_PAGE_HEADING = "Demo accounts";
    /** What Vaadin's client tells the server of the browser on starting a UI: a desktop window, in UTC. */
    private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-curdate=";
    private static final int ROOT_NODE = 1;
    /** Each request's bound: a run never waits longer for an answer, and counts the wait as an error. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    VaadinUser(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /** A client for many users: HTTP/1.1 as browsers speak to a plain-HTTP server, redirects left to the caller. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in on the portal's own login form, with the token the login page carries; the login page is left. */
    void signIn(String username, String password) {
        HttpResponse<String> loginPage = send(get("/advising/login"));
        Matcher token = CSRF_META.matcher(loginPage.body());
        if (!token.find()) {
            throw new LoadError("sign-in: no CSRF token on the login page");
        }
        leave(start("advising/login", LOGIN_PAGE_HEADING));
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = send(request("/advising/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new LoadError("sign-in refused (HTTP " + answer.statusCode() + " to " + location + ")");
        }
    }

    /**
     * Opens a page by its address, as typing it or reloading does: the page, then Vaadin's client asks for a new UI
     * and navigates it to the route, whose answer shows the view with that heading.
     */
    Page open(String path, String heading) {
        HttpResponse<String> html = send(get(path));
        if (html.statusCode() != 200) {
            throw new LoadError("signed out: HTTP " + html.statusCode() + " for " + path);
        }
        return start(path.substring(1), heading);
    }

    private Page start(String route, String heading) {
        HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(route) + "&query=" + BROWSER_DETAILS
                + System.currentTimeMillis()));
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        if (!config.has("uidl")) {
            throw new LoadError("no UI from Vaadin's init request: " + abbreviate(init.body()));
        }
        JsonNode uidl = config.get("uidl");
        Page page = new Page(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString());
        page.advance(uidl);
        navigate(page, route, "", heading);
        return page;
    }

    /** Follows a link of the menu within the page's UI, as Vaadin's client router does; the view shows that heading. */
    void navigate(Page page, String route, String heading) {
        navigate(page, route, "link", heading);
    }

    private void navigate(Page page, String route, String trigger, String heading) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putNull("historyState");
        page.expectHeading(uidl(page, event(ROOT_NODE, "ui-navigate", data)), heading, route);
    }

    /** Clicks the element with that id on the page, and expects the answer to show {@code expectedText}. */
    void click(Page page, String elementId, String expectedText) {
        int node = page.nodeWithId(elementId)
                .orElseThrow(() -> new LoadError("missing: element #" + elementId));
        page.expect(uidl(page, event(node, "click", JSON.createObjectNode())), expectedText, "#" + elementId);
    }

    /**
     * Leaves the page, as the browser does when it unloads one: Vaadin's client tells the server, which closes the UI
     * at once instead of keeping it until its heartbeats have stopped for minutes.
     */
    void leave(Page page) {
        ObjectNode message = message(page, JSON.createArrayNode());
        message.put("UNLOAD", true);
        send(post(page, message));
    }

    private JsonNode uidl(Page page, ObjectNode rpc) {
        HttpResponse<String> answer = send(post(page, message(page, JSON.createArrayNode().add(rpc))));
        String body = answer.body();
        if (!body.startsWith("{")) {
            throw new LoadError("not a Vaadin answer: " + abbreviate(body));
        }
        JsonNode response = JSON.readTree(body);
        page.advance(response);
        return response;
    }

    private ObjectNode message(Page page, ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", page.securityKey);
        message.set("rpc", rpc);
        message.put("syncId", page.syncId);
        message.put("clientId", page.clientId);
        return message;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private HttpRequest.Builder post(Page page, ObjectNode message) {
        return request("/?v-r=uidl&v-uiId=" + page.uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new LoadError("timeout");
        } catch (IOException e) {
            throw new LoadError("I/O: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted");
        }
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        if (answer.statusCode() >= 400) {
            throw new LoadError("HTTP " + answer.statusCode());
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /**
     * A page open in the browser: its UI on the server, the security key Vaadin expects back, where the conversation
     * stands, and the ids of the elements it showed (a click names its element by the node Vaadin gave it).
     */
    static final class Page {

        private final int uiId;
        private final String securityKey;
        private int syncId;
        private int clientId;
        private final Map<String, Integer> nodesById = new LinkedHashMap<>();

        private Page(int uiId, String securityKey) {
            this.uiId = uiId;
            this.securityKey = securityKey;
        }

        /** Takes in an answer: checked for Vaadin's errors, its sync id and message count, the element ids it set. */
        private void advance(JsonNode response) {
            JsonNode meta = response.path("meta");
            if (meta.has("sessionExpired")) {
                throw new LoadError("session expired");
            }
            if (meta.has("appError")) {
                throw new LoadError("Vaadin error: " + abbreviate(meta.get("appError").path("caption").asString("")));
            }
            if (response.has("syncId")) {
                syncId = response.get("syncId").asInt();
            }
            clientId = response.has("clientId") ? response.get("clientId").asInt() : clientId + 1;
            for (JsonNode change : response.path("changes")) {
                if ("put".equals(change.path("type").asString()) && "id".equals(change.path("key").asString())
                        && change.path("value").isString()) {
                    nodesById.put(change.get("value").asString(), change.get("node").asInt());
                }
            }
        }

        Optional<Integer> nodeWithId(String id) {
            return Optional.ofNullable(nodesById.get(id));
        }

        private void expect(JsonNode response, String text, String where) {
            if (!shows(response, text)) {
                throw new LoadError("missing: \"" + text + "\" on " + where);
            }
        }

        private void expectHeading(JsonNode response, String heading, String where) {
            if (!showsHeading(response, heading)) {
                throw new LoadError("missing: heading \"" + heading + "\" on " + where);
            }
        }

        /** Whether some text node or property the answer sets is exactly that text. */
        private static boolean shows(JsonNode response, String text) {
            for (JsonNode change : response.path("changes")) {
                if (text.equals(change.path("value").asString(null))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the answer attaches an {@code h1} or {@code h2} whose text is exactly that: the view's own heading,
         * which an error view or the menu (which names the views too) does not have.
         */
        private static boolean showsHeading(JsonNode response, String heading) {
            Map<Integer, String> tags = new HashMap<>();
            Map<Integer, Integer> parents = new HashMap<>();
            List<Integer> texts = new ArrayList<>();
            for (JsonNode change : response.path("changes")) {
                int node = change.path("node").asInt();
                String type = change.path("type").asString("");
                String key = change.path("key").asString("");
                if (type.equals("put") && key.equals("tag")) {
                    tags.put(node, change.path("value").asString(""));
                } else if (type.equals("put") && key.equals("text") && heading.equals(change.path("value").asString(null))) {
                    texts.add(node);
                } else if (type.equals("splice")) {
                    change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
                }
            }
            return texts.stream().map(parents::get).filter(Objects::nonNull).map(tags::get)
                    .anyMatch(tag -> "h1".equals(tag) || "h2".equals(tag));
        }
    }

    /** What went wrong with one request, in words that group alike failures ("HTTP 500", "timeout", …). */
    static final class LoadError extends RuntimeException {

        LoadError(String kind) {
            super(kind, null, false, false);
        }
    }
}
