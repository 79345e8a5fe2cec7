/** The cohort readiness dashboard: who is on track, who needs attention now, and why. */
@NullMarked
@ApplicationModule
package com.smartpick.advising.readiness;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
