@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.inbox.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
