@NullMarked
@OwnsTables({"cohort", "cohort_advisor", "enrollment", "mentor_assignment"})
@ApplicationModule
package com.smartpick.advising.cohort;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
