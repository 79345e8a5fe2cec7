/**
 * The application tracker: per program of a student's published SmartPick list, what happened in the season
 * (applications, interviews, the rank order list, the outcome), a cohort's progress against SmartPick's expected
 * interviews, and after Match Day the outcomes set against the predictions.
 */
@NullMarked
@ApplicationModule
@OwnsTables("tracked_program")
package com.smartpick.advising.tracker;

import com.smartpick.advising.base.OwnsTables;
import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
