@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.eras.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
