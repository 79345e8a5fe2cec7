@NullMarked
package com.smartpick.advising.profile.ui;

import org.jspecify.annotations.NullMarked;
