@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.statement.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
