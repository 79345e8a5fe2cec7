/**
 * "Try SmartPick": a preview list for anyone, without an account. Nothing entered is stored or logged; each client
 * gets a few previews a minute, counted in the database for every instance alike.
 */
@NullMarked
@ApplicationModule
@OwnsTables("preview_allowance")
package com.smartpick.advising.smartpick.preview;

import com.smartpick.advising.base.OwnsTables;
import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
