/**
 * Ranked lists: SmartPick runs for a student kept as versioned snapshots that advisors and mentors annotate, advisors
 * override and approve, and the student reads once published.
 */
@NullMarked
package com.smartpick.advising.smartpick.rankedlist;

import org.jspecify.annotations.NullMarked;
