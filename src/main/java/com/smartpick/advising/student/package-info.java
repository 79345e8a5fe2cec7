@NullMarked
package com.smartpick.advising.student;

import org.jspecify.annotations.NullMarked;
