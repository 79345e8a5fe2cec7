@NullMarked
package com.smartpick.advising.demo;

import org.jspecify.annotations.NullMarked;
