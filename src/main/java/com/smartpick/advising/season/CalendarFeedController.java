package com.smartpick.advising.season;

import com.smartpick.advising.base.AdvisingProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A student's season feed under the plugin's API path, e.g. {@code /advising/api/season/calendar/<token>.ics}. */
@RestController
class CalendarFeedController {

    static final String PATH_PATTERN = CalendarFeeds.PATH + "*";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeeds.CALENDAR + "{token}" + CalendarFeeds.SUFFIX)
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        // the link is a secret: no shared cache may keep what it opens
                        .cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /**
     * The controller's mapping is relative, so its path follows {@code advising.route-prefix}. The prefix is the API
     * path and this feature's scope: Spring keeps one predicate per prefix, so the API path alone would replace (or
     * be replaced by) SmartPick's.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class UnderTheApiPath implements WebMvcConfigurer {

        private final AdvisingProperties properties;

        UnderTheApiPath(AdvisingProperties properties) {
            this.properties = properties;
        }

        @Override
        public void configurePathMatch(PathMatchConfigurer configurer) {
            configurer.addPathPrefix(properties.apiPath() + CalendarFeeds.SCOPE,
                    HandlerTypePredicate.forAssignableType(CalendarFeedController.class));
        }
    }
}
