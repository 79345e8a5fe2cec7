@NullMarked
package com.smartpick.advising.readiness.ui;

import org.jspecify.annotations.NullMarked;
