/** Roster import: an advisor loads a cohort's students from a CSV file, all or nothing. */
@NullMarked
@ApplicationModule
package com.smartpick.advising.roster;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
