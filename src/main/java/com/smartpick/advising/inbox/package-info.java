@NullMarked
package com.smartpick.advising.inbox;

import org.jspecify.annotations.NullMarked;
