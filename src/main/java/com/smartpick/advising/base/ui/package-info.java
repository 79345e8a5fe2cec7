/** Vaadin helpers every feature view shares: plain-words feedback for what a user did. */
@NullMarked
package com.smartpick.advising.base.ui;

import org.jspecify.annotations.NullMarked;
