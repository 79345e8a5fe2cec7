@NullMarked
@OwnsTables("personal_statement")
@ApplicationModule
package com.smartpick.advising.statement;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
