@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.readiness.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
