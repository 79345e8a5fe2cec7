/**
 * Preference signals: the ones a student placed this season, recorded by her or her advisor within the specialty's
 * allowance, and counted by every SmartPick run in that specialty.
 */
@NullMarked
@ApplicationModule
@OwnsTables("placed_signal")
package com.smartpick.advising.smartpick.signal;

import com.smartpick.advising.base.OwnsTables;
import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
