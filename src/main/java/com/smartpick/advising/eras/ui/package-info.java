@NullMarked
package com.smartpick.advising.eras.ui;

import org.jspecify.annotations.NullMarked;
