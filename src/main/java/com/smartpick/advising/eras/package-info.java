/** ERAS experience entries: a student's verified records, chosen, ordered and described for ERAS, as text and PDF. */
@NullMarked
@OwnsTables({"eras_entry", "eras_selection"})
@ApplicationModule
package com.smartpick.advising.eras;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
