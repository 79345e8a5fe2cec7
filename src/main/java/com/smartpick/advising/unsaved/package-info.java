/**
 * Unsaved text: what a person types into a long form (a personal statement, a letter, feedback) is kept as they type,
 * for them alone, until they save or discard it, so a session that ends mid-edit gives it back at the next visit.
 */
@NullMarked
@OwnsTables("unsaved_text")
@ApplicationModule
package com.smartpick.advising.unsaved;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
