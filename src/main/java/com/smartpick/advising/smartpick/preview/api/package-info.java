/**
 * "Try SmartPick" as a JSON API, for host portals and other clients: the same preview as the page, under the same
 * bounds and rate limit, answered over HTTP without an account, a session or a CSRF token. Nothing is stored, and
 * nothing about the caller is logged.
 */
@NullMarked
package com.smartpick.advising.smartpick.preview.api;

import org.jspecify.annotations.NullMarked;
