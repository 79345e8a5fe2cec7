@NullMarked
package com.smartpick.advising.experience;

import org.jspecify.annotations.NullMarked;
