/** The signals panel, beside a student's list. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.smartpick.signal.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
