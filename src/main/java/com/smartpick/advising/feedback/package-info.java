@NullMarked
package com.smartpick.advising.feedback;

import org.jspecify.annotations.NullMarked;
