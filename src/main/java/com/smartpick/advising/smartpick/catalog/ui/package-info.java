/** The admin's "Program catalog": browse, filter, edit, activate and import programs. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.smartpick.catalog.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
