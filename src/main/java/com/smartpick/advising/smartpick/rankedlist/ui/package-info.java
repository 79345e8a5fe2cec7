/** The ranked-list views: a student's lists for staff, SmartPick for a cohort, and a student's published list. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.smartpick.rankedlist.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
