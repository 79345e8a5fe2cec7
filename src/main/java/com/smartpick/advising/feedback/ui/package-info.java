@NullMarked
package com.smartpick.advising.feedback.ui;

import org.jspecify.annotations.NullMarked;
