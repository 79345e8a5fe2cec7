@NullMarked
package com.smartpick.advising.cohort.ui;

import org.jspecify.annotations.NullMarked;
