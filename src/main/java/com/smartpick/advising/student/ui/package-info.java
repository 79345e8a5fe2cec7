@NullMarked
package com.smartpick.advising.student.ui;

import org.jspecify.annotations.NullMarked;
