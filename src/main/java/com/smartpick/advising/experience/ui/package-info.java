@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.experience.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
