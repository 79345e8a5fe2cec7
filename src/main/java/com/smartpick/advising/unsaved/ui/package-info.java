@NullMarked
package com.smartpick.advising.unsaved.ui;

import org.jspecify.annotations.NullMarked;
