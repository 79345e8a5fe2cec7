@NullMarked
@OwnsTables("feedback")
@ApplicationModule
package com.smartpick.advising.feedback;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
