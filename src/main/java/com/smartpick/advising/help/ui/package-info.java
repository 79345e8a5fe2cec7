/** The help page. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.help.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
