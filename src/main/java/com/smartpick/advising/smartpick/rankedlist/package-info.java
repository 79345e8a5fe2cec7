/**
 * Ranked lists: SmartPick runs for a student kept as versioned snapshots that advisors and mentors annotate, advisors
 * override and approve, and the student reads once published.
 */
@NullMarked
@ApplicationModule
@OwnsTables({"ranked_list", "ranked_entry", "ranked_annotation"})
package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.base.OwnsTables;
import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
