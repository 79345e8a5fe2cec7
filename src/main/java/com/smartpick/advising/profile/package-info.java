@NullMarked
package com.smartpick.advising.profile;

import org.jspecify.annotations.NullMarked;
