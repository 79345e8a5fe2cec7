/** The letters pages: requests to a mentor, letters to approve, a student's own letters, one letter. */
@NullMarked
package com.smartpick.advising.letter.ui;

import org.jspecify.annotations.NullMarked;
