/** The ranked-list views: a student's lists for staff, SmartPick for a cohort, and a student's published list. */
@NullMarked
package com.smartpick.advising.smartpick.rankedlist.ui;

import org.jspecify.annotations.NullMarked;
