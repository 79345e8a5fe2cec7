@NullMarked
@ApplicationModule
package com.smartpick.advising.ui;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
