@NullMarked
@ApplicationModule
package com.smartpick.advising.student;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
