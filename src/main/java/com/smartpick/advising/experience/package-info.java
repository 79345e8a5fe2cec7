@NullMarked
@OwnsTables({"experience_record", "experience_attachment", "experience_transition", "experience_totals"})
@ApplicationModule
package com.smartpick.advising.experience;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
