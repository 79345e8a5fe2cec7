@NullMarked
package com.smartpick.advising.cohort;

import org.jspecify.annotations.NullMarked;
