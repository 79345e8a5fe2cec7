/** The cohort readiness dashboard: who is on track, who needs attention now, and why. */
@NullMarked
package com.smartpick.advising.readiness;

import org.jspecify.annotations.NullMarked;
