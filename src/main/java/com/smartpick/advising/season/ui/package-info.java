@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.season.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
