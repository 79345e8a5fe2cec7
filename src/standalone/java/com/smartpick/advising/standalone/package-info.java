@NullMarked
package com.smartpick.advising.standalone;

import org.jspecify.annotations.NullMarked;
