/** The help page: what the words SmartPick Advising shows mean (tiers, signals, the chance of matching, staff-only). */
@NullMarked
@ApplicationModule
package com.smartpick.advising.help;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
