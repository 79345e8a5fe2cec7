@NullMarked
@OwnsTables({"person", "sign_in_throttle"})
@ApplicationModule
package com.smartpick.advising.security;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
