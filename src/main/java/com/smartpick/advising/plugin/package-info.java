@NullMarked
@ApplicationModule
package com.smartpick.advising.plugin;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
