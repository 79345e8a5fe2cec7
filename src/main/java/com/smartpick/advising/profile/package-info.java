@NullMarked
@OwnsTables("applicant_profile")
@ApplicationModule
package com.smartpick.advising.profile;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
