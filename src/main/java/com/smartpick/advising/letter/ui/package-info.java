/** The letters pages: requests to a mentor, letters to approve, a student's own letters, one letter. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.letter.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;
