/**
 * Preference signals: the ones a student placed this season, recorded by her or her advisor within the specialty's
 * allowance, and counted by every SmartPick run in that specialty.
 */
@NullMarked
package com.smartpick.advising.smartpick.signal;

import org.jspecify.annotations.NullMarked;
