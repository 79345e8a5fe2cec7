/**
 * "Try SmartPick": a preview list for anyone, without an account. Nothing entered is stored or logged; each client
 * gets a few previews a minute.
 */
@NullMarked
@ApplicationModule
package com.smartpick.advising.smartpick.preview;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
