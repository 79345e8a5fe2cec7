@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.roster.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
