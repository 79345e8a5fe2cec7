@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.profile.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
