/** The tracker's views: a student's grid of programs, a cohort's progress, outcomes against predictions. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.tracker.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
