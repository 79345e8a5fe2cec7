@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.unsaved.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
