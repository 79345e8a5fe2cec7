@NullMarked
package com.smartpick.advising.roster.ui;

import org.jspecify.annotations.NullMarked;
