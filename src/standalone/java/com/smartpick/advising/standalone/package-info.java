@NullMarked
@ApplicationModule
package com.smartpick.advising.standalone;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
