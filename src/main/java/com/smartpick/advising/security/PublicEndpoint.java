package com.smartpick.advising.security;

/**
 * A path of the plugin's JSON API that anyone may call, without signing in, a session or a CSRF token. Such an endpoint
 * keeps nothing between requests and acts for no one, so a forged cross-site request gains nothing a direct one would
 * not. The plugin's own filter chain lets every method through to it, so a wrong method gets the endpoint's own 405
 * rather than a sign-in, and exempts it from the CSRF check; a host's own chain must allow the same (see the README).
 *
 * @param path the absolute path, route prefix included, e.g. {@code /advising/api/smartpick/estimate}
 */
public record PublicEndpoint(String path) {
}
