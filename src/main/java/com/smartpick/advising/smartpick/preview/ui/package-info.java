/** The public "Try SmartPick" page. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.smartpick.preview.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
