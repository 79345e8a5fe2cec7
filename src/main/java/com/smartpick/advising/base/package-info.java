/** What every feature shares: the failures a user is told about in plain words, and paging. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.smartpick.advising.base;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
