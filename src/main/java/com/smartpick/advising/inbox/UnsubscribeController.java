package com.smartpick.advising.inbox;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of every e-mail, without signing in. Opening it shows a plain page with one button, and the
 * button (or a mail client's own one-click unsubscribe, RFC 8058, which posts to the same address) does it: a GET
 * changes nothing, since mail scanners open every link of a message they check. The form posts to the path alone: with
 * the link's query too, the token would arrive twice.
 */
@RestController
@RequestMapping(path = "/${advising.route-prefix:advising}/api" + UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
class UnsubscribeController {

    private final InboxService inbox;

    UnsubscribeController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    ResponseEntity<String> ask(@RequestParam(defaultValue = "") String token) {
        return page("Stop these e-mails?", """
                <p>You will still find these notifications in your inbox; only the e-mails stop. You can turn them on
                again in your notification settings.</p>
                <form method="post" action="unsubscribe"><input type="hidden" name="token" value="%s">
                <button type="submit">Stop these e-mails</button></form>""".formatted(htmlEscape(token)));
    }

    @PostMapping
    ResponseEntity<String> unsubscribe(@RequestParam(defaultValue = "") String token) {
        return inbox.unsubscribe(token)
                .map(what -> page("Done", "<p>You will get no more e-mails about " + htmlEscape(what)
                        + ". They stay in your inbox.</p>"))
                .orElseGet(() -> ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(html("Link not valid",
                        "<p>This unsubscribe link is not valid (it may be cut short). Choose which e-mails you get in "
                                + "your notification settings, in the inbox.</p>")));
    }

    private static ResponseEntity<String> page(String title, String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(title, body));
    }

    private static String html(String title, String body) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · SmartPick Advising</title>
                <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
                button{font:inherit;padding:.5rem 1rem}</style></head>
                <body><main><h1>%1$s</h1>%2$s</main></body></html>""".formatted(title, body);
    }
}
