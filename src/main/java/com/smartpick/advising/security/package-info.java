@NullMarked
@OwnsTables({"person", "sign_in_throttle", "single_use_link"})
@ApplicationModule
package com.smartpick.advising.security;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
