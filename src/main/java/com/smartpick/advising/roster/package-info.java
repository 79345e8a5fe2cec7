/** Roster import: an advisor loads a cohort's students from a CSV file, all or nothing. */
@NullMarked
package com.smartpick.advising.roster;

import org.jspecify.annotations.NullMarked;
