/** The signals panel, beside a student's list. */
@NullMarked
package com.smartpick.advising.smartpick.signal.ui;

import org.jspecify.annotations.NullMarked;
