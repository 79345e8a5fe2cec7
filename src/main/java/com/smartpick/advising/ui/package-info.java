@NullMarked
package com.smartpick.advising.ui;

import org.jspecify.annotations.NullMarked;
