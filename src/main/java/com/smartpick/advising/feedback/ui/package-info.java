@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.feedback.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
