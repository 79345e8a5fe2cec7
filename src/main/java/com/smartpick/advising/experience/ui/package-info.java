@NullMarked
package com.smartpick.advising.experience.ui;

import org.jspecify.annotations.NullMarked;
