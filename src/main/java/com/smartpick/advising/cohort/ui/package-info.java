@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.cohort.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
