@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.student.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
